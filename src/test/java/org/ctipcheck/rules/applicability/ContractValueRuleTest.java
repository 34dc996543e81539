package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options, ceilings and orders (rules/applicability/ctip-appl-04-plan-required.drl, ctip-appl-04-orders.drl), written from
 * FAR 1.108(c): "the final anticipated dollar value of the action, including the dollar value of all options. If the action
 * establishes a maximum quantity ... or establishes a ceiling price ..., the final anticipated dollar value must be the
 * highest final priced alternative to the Government, including the dollar value of all options."
 */
class ContractValueRuleTest {

    /** NOV 2021 clause: $550,000 threshold (FAR 52.222-50(h)(1)(ii)). */
    private static SubmissionFixture covered(long estimated) {
        return SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", estimated);
    }

    @ParameterizedTest
    @CsvSource({"50000, NOT_REQUIRED", "50001, REQUIRED"})
    void optionsCountTowardsTheThreshold(long options, Outcome outcome) {
        ResultAssert result = covered(500000).set("/award/portions/0/optionValue", options).evaluate();
        decidedOnceBy(result, outcome == Outcome.REQUIRED ? "CTIP-APPL-04.plan-required" : "CTIP-APPL-04.plan-not-required", outcome);
        assertThat(result.result().planDecision().reason()).contains("+ options");
    }

    @ParameterizedTest
    @CsvSource({"550000, NOT_REQUIRED", "550001, REQUIRED"})
    void aCeilingIsMeasuredAtTheHighestFinalPricedAlternative(long maximum, Outcome outcome) {
        ResultAssert result = covered(100000).set("/award/portions/0/maximumValue", maximum).evaluate();
        decidedOnceBy(result, outcome == Outcome.REQUIRED ? "CTIP-APPL-04.plan-required" : "CTIP-APPL-04.plan-not-required", outcome);
        assertThat(result.result().planDecision().reason()).contains("highest final priced alternative");
    }

    @Test
    void aCeilingWithoutAnEstimateIsAValue() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/portions/0/estimatedValue")
                .set("/award/portions/0/maximumValue", 600000).evaluate()
                .doesNotFire("CTIP-APPL-04.portion-value-missing");
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    private static SubmissionFixture order(long orderValue, Long parentCeiling) {
        SubmissionFixture order = covered(orderValue).set("/award/instrument", "TASK_ORDER");
        if (parentCeiling != null) {
            order.set("/award/parentContract", Map.of("id", "W50S9X-20-D-0001", "awardDate", "2022-01-10",
                    "clause", Map.of("date", "NOV 2021"),
                    "portions", List.of(Map.of("id", "idiq-overseas-services", "kind", "SERVICES", "outsideUnitedStates", true,
                            "maximumValue", parentCeiling))));
        }
        return order;
    }

    @ParameterizedTest
    @CsvSource({"550000, NOT_REQUIRED", "550001, REQUIRED"})
    void anOrderIsMeasuredOnItsParentContractsCeiling(long parentCeiling, Outcome outcome) {
        ResultAssert result = order(100000, parentCeiling).evaluate()
                .fires("CTIP-APPL-04.order-measured-on-parent")
                .doesNotFire("CTIP-APPL-04.order-without-parent");
        decidedOnceBy(result, outcome == Outcome.REQUIRED ? "CTIP-APPL-04.plan-required" : "CTIP-APPL-04.plan-not-required", outcome);
        assertThat(result.result().planDecision().reason()).startsWith("parent contract W50S9X-20-D-0001");
    }

    @Test
    void anOrderBelowTheThresholdWithoutItsParentContractIsNamed() {
        ResultAssert result = order(100000, null).evaluate()
                .fires("CTIP-APPL-04.order-without-parent")
                .doesNotFire("CTIP-APPL-04.order-measured-on-parent");
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        order(550001, null).evaluate().doesNotFire("CTIP-APPL-04.order-without-parent").planDecision(Outcome.REQUIRED);
        covered(100000).evaluate().doesNotFire("CTIP-APPL-04.order-without-parent"); // a contract, not an order
    }

    @Test
    void anOrderWithoutAClauseDateCarriesItsParentContractsClause() {
        ResultAssert result = order(520000, null).remove("/award/clause/date")
                .set("/award/parentContract", Map.of("id", "IDIQ-1", "awardDate", "2019-05-01", "clause", Map.of("date", "JAN 2019")))
                .evaluate()
                .fires("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.clause-date-missing");
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(result.result().planDecision().clauseEdition()).isEqualTo("JAN 2019");
    }
}
