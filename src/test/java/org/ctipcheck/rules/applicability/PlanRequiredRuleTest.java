package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.math.BigDecimal;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules/applicability/ctip-appl-04-plan-required.drl: a plan is required when the covered portion (non-COTS
 * supplies acquired and services performed outside the United States) exceeds the clause threshold.
 */
class PlanRequiredRuleTest {
    /** Portion 0 of the base fixture: services in Qatar. Portion 1: services in Virginia ($950,000). */
    private static final String COVERED = "/award/portions/0";

    private static SubmissionFixture coveredValue(Object value) {
        return SubmissionFixture.compliant().set(COVERED + "/estimatedValue", value);
    }

    /** Adds a third portion, outside the United States, copied from portion 0 and then edited. */
    private static SubmissionFixture withExtraPortion(SubmissionFixture fixture, String id, String kind, boolean outside,
            Boolean cots, Object value) {
        return fixture.copyInto("/award/portions", COVERED)
                .set("/award/portions/2/id", id)
                .set("/award/portions/2/kind", kind)
                .set("/award/portions/2/outsideUnitedStates", outside)
                .set("/award/portions/2/cots", cots)
                .set("/award/portions/2/estimatedValue", value);
    }

    @ParameterizedTest(name = "{0}: {1} is not above the threshold")
    @CsvSource({"MAR 2015, 500000", "JAN 2019, 500000", "OCT 2020, 550000", "NOV 2021, 550000", "OCT 2025, 700000"})
    void aCoveredValueExactlyAtTheThresholdDoesNotRequireAPlan(String clauseDate, long threshold) {
        ResultAssert result = coveredValue(threshold).set("/award/clause/date", clauseDate).evaluate()
                .fires("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .status("CTIP-PLAN-01", Status.NOT_APPLICABLE)
                .status("CTIP-CERT-01", Status.NOT_APPLICABLE);
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        PlanDecision decision = result.result().planDecision();
        assertThat(decision.threshold()).isEqualByComparingTo(BigDecimal.valueOf(threshold));
        assertThat(decision.coveredValue()).isEqualByComparingTo(BigDecimal.valueOf(threshold));
        assertThat(decision.reason()).contains("\u2264").contains(clauseDate);
    }

    @ParameterizedTest(name = "{0}: {1} + $1 is above the threshold")
    @CsvSource({"MAR 2015, 500000", "JAN 2019, 500000", "OCT 2020, 550000", "NOV 2021, 550000", "OCT 2025, 700000"})
    void aCoveredValueOneDollarAboveTheThresholdRequiresAPlan(String clauseDate, long threshold) {
        ResultAssert result = coveredValue(threshold + 1).set("/award/clause/date", clauseDate).evaluate()
                .fires("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required")
                .status("CTIP-PLAN-01", Status.MET)
                .status("CTIP-CERT-01", Status.MET);
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        PlanDecision decision = result.result().planDecision();
        assertThat(decision.threshold()).isEqualByComparingTo(BigDecimal.valueOf(threshold));
        assertThat(decision.coveredValue()).isEqualByComparingTo(BigDecimal.valueOf(threshold + 1));
        assertThat(decision.clauseEdition()).isEqualTo(clauseDate);
        assertThat(decision.reason()).contains(" > ").contains(clauseDate);
    }

    @Test
    void oneCentAboveTheThresholdAlreadyExceedsIt() {
        decidedOnceBy(coveredValue(new BigDecimal("550000.01")).evaluate().fires("CTIP-APPL-04.plan-required"),
                "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        decidedOnceBy(coveredValue(new BigDecimal("550000.00")).evaluate().doesNotFire("CTIP-APPL-04.plan-required"),
                "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }

    @Test
    void portionsInTheUnitedStatesAreNotCounted() {
        // $550,000 in Qatar plus $950,000 in Virginia: only the Qatar portion counts.
        ResultAssert result = coveredValue(550_000).evaluate()
                .fires("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required");
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        assertThat(result.result().planDecision().coveredValue()).isEqualByComparingTo("550000");

        ResultAssert allInUs = SubmissionFixture.compliant().set(COVERED + "/outsideUnitedStates", false).evaluate()
                .fires("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required");
        decidedOnceBy(allInUs, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        assertThat(allInUs.result().planDecision().coveredValue()).isEqualByComparingTo("0");
        assertThat(allInUs.result().planDecision().reason()).startsWith("no supplies (other than COTS items)");
    }

    @Test
    void cotsSuppliesAcquiredOutsideTheUnitedStatesAreNotCounted() {
        ResultAssert result = SubmissionFixture.compliant()
                .set(COVERED + "/kind", "SUPPLIES").set(COVERED + "/cots", true).evaluate()
                .fires("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .status("CTIP-CERT-02", Status.NOT_APPLICABLE);
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        assertThat(result.result().planDecision().coveredValue()).isEqualByComparingTo("0");
    }

    @Test
    void nonCotsSuppliesAcquiredOutsideTheUnitedStatesAreCounted() {
        ResultAssert explicit = SubmissionFixture.compliant()
                .set(COVERED + "/kind", "SUPPLIES").set(COVERED + "/cots", false).evaluate()
                .fires("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required");
        decidedOnceBy(explicit, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(explicit.result().planDecision().coveredValue()).isEqualByComparingTo("18400000");

        // cots left out means not COTS
        ResultAssert unstated = SubmissionFixture.compliant().set(COVERED + "/kind", "SUPPLIES").evaluate()
                .fires("CTIP-APPL-04.plan-required");
        decidedOnceBy(unstated, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void servicesOutsideTheUnitedStatesAreCountedEvenWhenMarkedCots() {
        ResultAssert result = SubmissionFixture.compliant().set(COVERED + "/cots", true).evaluate()
                .fires("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required")
                .status("CTIP-CERT-02", Status.MET);
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(result.result().planDecision().coveredValue()).isEqualByComparingTo("18400000");
    }

    @Test
    void coveredPortionsAreSummedSoTwoSmallPortionsTogetherCanExceedTheThreshold() {
        ResultAssert above = withExtraPortion(coveredValue(300_000), "local-supplies", "SUPPLIES", true, false, 250_001)
                .evaluate()
                .fires("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required");
        decidedOnceBy(above, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(above.result().planDecision().coveredValue()).isEqualByComparingTo("550001");
        assertThat(above.result().planDecision().reason()).contains("'design-build-services'").contains("'local-supplies'");

        ResultAssert atThreshold = withExtraPortion(coveredValue(300_000), "local-supplies", "SUPPLIES", true, false, 250_000)
                .evaluate()
                .fires("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required");
        decidedOnceBy(atThreshold, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        assertThat(atThreshold.result().planDecision().coveredValue()).isEqualByComparingTo("550000");
    }

    @Test
    void aCotsSupplyPortionOutsideTheUnitedStatesIsLeftOutOfTheSum() {
        ResultAssert result = withExtraPortion(coveredValue(300_000), "cots-laptops", "SUPPLIES", true, true, 5_000_000)
                .evaluate()
                .fires("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required");
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        assertThat(result.result().planDecision().coveredValue()).isEqualByComparingTo("300000");
    }

    @ParameterizedTest
    @CsvSource({"FEB 2009", "2015-02"})
    void aClauseEditionWithoutParagraphHRequiresNoPlanWhateverTheValue(String clauseDate) {
        ResultAssert result = SubmissionFixture.compliant().set("/award/clause/date", clauseDate).evaluate()
                .fires("CTIP-APPL-04.clause-without-plan-paragraph")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required")
                .status("CTIP-PLAN-01", Status.NOT_APPLICABLE)
                .status("CTIP-CERT-02", Status.NOT_APPLICABLE);
        decidedOnceBy(result, "CTIP-APPL-04.clause-without-plan-paragraph", Outcome.NOT_REQUIRED);
        PlanDecision decision = result.result().planDecision();
        assertThat(decision.threshold()).isNull();
        assertThat(decision.coveredValue()).isEqualByComparingTo("18400000");
        assertThat(decision.reason()).contains("predates the compliance-plan paragraph (h)");
    }

    @Test
    void aMarch2015ClauseHasParagraphHSoTheValueDecides() {
        SubmissionFixture.compliant().set("/award/clause/date", "MAR 2015").evaluate()
                .doesNotFire("CTIP-APPL-04.clause-without-plan-paragraph")
                .fires("CTIP-APPL-04.plan-required");
    }

    @Test
    void aMissingClauseDateLeavesThePlanRequirementUndetermined() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/clause/date").set("/award/portions/0/estimatedValue", 640_000).evaluate()
                .fires("CTIP-APPL-04.clause-date-missing")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required")
                .status("CTIP-CERT-01", Status.NEEDS_REVIEW);
        decidedOnceBy(result, "CTIP-APPL-04.clause-date-missing", Outcome.UNDETERMINED);
        assertThat(result.result().planDecision().threshold()).isNull();
        Finding finding = result.finding("CTIP-APPL-04.clause-date-missing");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(finding.evidence()).containsExactly(Evidence.at("/award/clause/date", null));
    }

    @Test
    void aMissingClauseObjectIsTheSameAsAMissingClauseDate() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/clause").set("/award/portions/0/estimatedValue", 640_000).evaluate()
                .fires("CTIP-APPL-04.clause-date-missing");
        decidedOnceBy(result, "CTIP-APPL-04.clause-date-missing", Outcome.UNDETERMINED);
    }

    @Test
    void aGivenClauseDateInEitherNotationDoesNotLeaveThePlanRequirementUndetermined() {
        decidedOnceBy(SubmissionFixture.compliant().set("/award/clause/date", "2021-11").evaluate()
                .doesNotFire("CTIP-APPL-04.clause-date-missing"), "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        decidedOnceBy(SubmissionFixture.compliant().evaluate()
                .doesNotFire("CTIP-APPL-04.clause-date-missing"), "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void aCoveredPortionWithoutValueLeavesThePlanRequirementUndetermined() {
        ResultAssert result = SubmissionFixture.compliant().remove(COVERED + "/estimatedValue").evaluate()
                .fires("CTIP-APPL-04.portion-value-missing")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required")
                .status("CTIP-CERT-02", Status.NEEDS_REVIEW);
        decidedOnceBy(result, "CTIP-APPL-04.portion-value-missing", Outcome.UNDETERMINED);
        assertThat(result.result().planDecision().threshold()).isEqualByComparingTo("550000");
        assertThat(result.result().planDecision().coveredValue()).isNull();
        Finding finding = result.finding("CTIP-APPL-04.portion-value-missing");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(finding.message()).contains("'design-build-services'");
        assertThat(finding.evidence()).containsExactly(Evidence.at("/award/portions/0/estimatedValue", null));
    }

    @Test
    void aPortionWithoutValueThatIsNotCoveredDoesNotMatter() {
        ResultAssert usPortion = SubmissionFixture.compliant().remove("/award/portions/1/estimatedValue").evaluate()
                .doesNotFire("CTIP-APPL-04.portion-value-missing");
        decidedOnceBy(usPortion, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);

        ResultAssert cotsSupplies = withExtraPortion(SubmissionFixture.compliant(), "cots-laptops", "SUPPLIES", true, true, null)
                .evaluate()
                .doesNotFire("CTIP-APPL-04.portion-value-missing");
        decidedOnceBy(cotsSupplies, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void knownCoveredValuesAboveTheThresholdRequireAPlanEvenIfAnotherCoveredPortionHasNoValue() {
        // Values are never negative, so a missing value can only add to $18.4M: the plan is required.
        ResultAssert result = withExtraPortion(SubmissionFixture.compliant(), "camp-services", "SERVICES", true, false, null)
                .evaluate()
                .fires("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.portion-value-missing")
                .status("CTIP-CERT-01", Status.MET);
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(result.result().planDecision().coveredValue()).isEqualByComparingTo("18400000");
    }

    @Test
    void knownCoveredValuesAtOrBelowTheThresholdWithAnotherPortionWithoutValueStayUndetermined() {
        ResultAssert result = withExtraPortion(coveredValue(550_000), "camp-services", "SERVICES", true, false, null)
                .evaluate()
                .fires("CTIP-APPL-04.portion-value-missing")
                .doesNotFire("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required");
        decidedOnceBy(result, "CTIP-APPL-04.portion-value-missing", Outcome.UNDETERMINED);
        assertThat(result.finding("CTIP-APPL-04.portion-value-missing").evidence())
                .containsExactly(Evidence.at("/award/portions/2/estimatedValue", null));
    }

    @Test
    void aPortionWithoutValueDoesNotMatterWhenTheClauseHasNoPlanParagraph() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/clause/date", "FEB 2009")
                .remove(COVERED + "/estimatedValue").evaluate()
                .doesNotFire("CTIP-APPL-04.portion-value-missing");
        decidedOnceBy(result, "CTIP-APPL-04.clause-without-plan-paragraph", Outcome.NOT_REQUIRED);
    }

    @Test
    void aMissingClauseDateTakesPrecedenceOverAMissingPortionValue() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/clause/date")
                .remove(COVERED + "/estimatedValue").evaluate()
                .fires("CTIP-APPL-04.clause-date-missing")
                .doesNotFire("CTIP-APPL-04.portion-value-missing");
        decidedOnceBy(result, "CTIP-APPL-04.clause-date-missing", Outcome.UNDETERMINED);
    }

    @Test
    void noContractRuleDecidesForAGrant() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", "GRANT")
                .remove("/award/clause/date").remove(COVERED + "/estimatedValue").evaluate()
                .doesNotFire("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-04.plan-not-required")
                .doesNotFire("CTIP-APPL-04.clause-without-plan-paragraph")
                .doesNotFire("CTIP-APPL-04.clause-date-missing")
                .doesNotFire("CTIP-APPL-04.portion-value-missing");
        decidedOnceBy(result, "CTIP-APPL-06.assistance-services-value-unknown", Outcome.UNDETERMINED);
    }
}
