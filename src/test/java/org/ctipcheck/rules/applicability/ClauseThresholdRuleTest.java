package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.math.BigDecimal;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/applicability/ctip-appl-04-clause-threshold.drl: the clause edition, not the evaluation date, picks the threshold. */
class ClauseThresholdRuleTest {

    private static ResultAssert withClause(String clauseDate) {
        return SubmissionFixture.compliant().set("/award/clause/date", clauseDate).evaluate();
    }

    private static ResultAssert withClauseAndCoveredValue(String clauseDate, long coveredValue) {
        return SubmissionFixture.compliant()
                .set("/award/clause/date", clauseDate)
                .set("/award/portions/0/estimatedValue", coveredValue)
                .evaluate();
    }

    private static String thresholdSeenByPlanRule(ResultAssert result, String planRuleId) {
        return result.result().ruleHits().stream()
                .filter(hit -> hit.ruleId().equals(planRuleId))
                .map(RuleHit::matched)
                .flatMap(java.util.List::stream)
                .filter(matched -> matched.startsWith("(derived) clause"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(planRuleId + " did not match a clause threshold"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FEB 2009", "2009-02", "2015-02", "JAN 1999"})
    void clauseEditionsBeforeMarch2015HaveNoPlanParagraph(String clauseDate) {
        ResultAssert result = withClause(clauseDate)
                .fires("CTIP-APPL-04.clause-before-mar-2015")
                .doesNotFire("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.threshold-550k")
                .doesNotFire("CTIP-APPL-04.threshold-700k");
        decidedOnceBy(result, "CTIP-APPL-04.clause-without-plan-paragraph", Outcome.NOT_REQUIRED);
        assertThat(result.result().planDecision().threshold()).isNull();
        assertThat(thresholdSeenByPlanRule(result, "CTIP-APPL-04.clause-without-plan-paragraph")).endsWith("threshold none");
    }

    @ParameterizedTest
    @CsvSource({"MAR 2015, MAR 2015", "2015-03, MAR 2015", "JAN 2019, JAN 2019", "2019-01, JAN 2019", "2020-09, SEP 2020"})
    void clauseEditionsFromMarch2015ToBeforeOctober2020BindFiveHundredThousand(String clauseDate, String label) {
        ResultAssert result = withClause(clauseDate)
                .fires("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.clause-before-mar-2015")
                .doesNotFire("CTIP-APPL-04.threshold-550k")
                .doesNotFire("CTIP-APPL-04.threshold-700k");
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(result.result().planDecision().threshold()).isEqualByComparingTo("500000");
        assertThat(result.result().planDecision().clauseEdition()).isEqualTo(label);
        assertThat(thresholdSeenByPlanRule(result, "CTIP-APPL-04.plan-required"))
                .isEqualTo("(derived) clause " + label + " threshold $500,000");
    }

    @ParameterizedTest
    @CsvSource({"OCT 2020, OCT 2020", "2020-10, OCT 2020", "NOV 2021, NOV 2021", "2021-11, NOV 2021", "Nov 2021, NOV 2021",
            "2025-09, SEP 2025"})
    void clauseEditionsFromOctober2020ToBeforeOctober2025BindFiveHundredFiftyThousand(String clauseDate, String label) {
        ResultAssert result = withClause(clauseDate)
                .fires("CTIP-APPL-04.threshold-550k")
                .doesNotFire("CTIP-APPL-04.clause-before-mar-2015")
                .doesNotFire("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.threshold-700k");
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(result.result().planDecision().threshold()).isEqualByComparingTo("550000");
        assertThat(result.result().planDecision().clauseEdition()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"OCT 2025, OCT 2025", "2025-10, OCT 2025", "2026-01, JAN 2026"})
    void clauseEditionsFromOctober2025BindSevenHundredThousand(String clauseDate, String label) {
        ResultAssert result = withClause(clauseDate)
                .fires("CTIP-APPL-04.threshold-700k")
                .doesNotFire("CTIP-APPL-04.clause-before-mar-2015")
                .doesNotFire("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.threshold-550k");
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(result.result().planDecision().threshold()).isEqualByComparingTo("700000");
        assertThat(result.result().planDecision().clauseEdition()).isEqualTo(label);
        assertThat(thresholdSeenByPlanRule(result, "CTIP-APPL-04.plan-required"))
                .isEqualTo("(derived) clause " + label + " threshold $700,000");
    }

    @Test
    void theSevenHundredThousandThresholdRestsOnSecondarySourcesOnly() {
        assertThat(rule("CTIP-APPL-04.threshold-700k").confidence()).isEqualTo(Confidence.SECONDARY);
        assertThat(rule("CTIP-APPL-04.threshold-550k").confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(rule("CTIP-APPL-04.threshold-500k").confidence()).isEqualTo(Confidence.VERIFIED);
    }

    @Test
    void february2015IsTheLastEditionWithoutAPlanParagraphAndMarch2015TheFirstWithOne() {
        withClause("2015-02").fires("CTIP-APPL-04.clause-before-mar-2015").doesNotFire("CTIP-APPL-04.threshold-500k");
        withClause("2015-03").fires("CTIP-APPL-04.threshold-500k").doesNotFire("CTIP-APPL-04.clause-before-mar-2015");
    }

    @Test
    void aCoveredValueBetweenTheTwoThresholdsNeedsAPlanUnderSeptember2020ButNotUnderOctober2020() {
        ResultAssert september = withClauseAndCoveredValue("2020-09", 525_000)
                .fires("CTIP-APPL-04.threshold-500k").doesNotFire("CTIP-APPL-04.threshold-550k");
        decidedOnceBy(september, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);

        ResultAssert october = withClauseAndCoveredValue("2020-10", 525_000)
                .fires("CTIP-APPL-04.threshold-550k").doesNotFire("CTIP-APPL-04.threshold-500k");
        decidedOnceBy(october, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }

    @Test
    void aCoveredValueBetweenTheTwoThresholdsNeedsAPlanUnderSeptember2025ButNotUnderOctober2025() {
        ResultAssert september = withClauseAndCoveredValue("2025-09", 600_000)
                .fires("CTIP-APPL-04.threshold-550k").doesNotFire("CTIP-APPL-04.threshold-700k");
        decidedOnceBy(september, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);

        ResultAssert october = withClauseAndCoveredValue("2025-10", 600_000)
                .fires("CTIP-APPL-04.threshold-700k").doesNotFire("CTIP-APPL-04.threshold-550k");
        decidedOnceBy(october, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }

    @Test
    void theThresholdFollowsTheClauseEditionNotTheEvaluationDate() {
        // Evaluated long after OCT 2025, a NOV 2021 contract still binds $550,000.
        ResultAssert result = SubmissionFixture.compliant()
                .set("/award/portions/0/estimatedValue", 600_000)
                .asOf("2026-03-01")
                .evaluate()
                .fires("CTIP-APPL-04.threshold-550k")
                .doesNotFire("CTIP-APPL-04.threshold-700k");
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(result.result().planDecision().threshold()).isEqualByComparingTo(new BigDecimal("550000"));
    }

    @Test
    void noThresholdIsSelectedWhenTheClauseDateIsMissing() {
        SubmissionFixture.compliant().remove("/award/clause/date").evaluate()
                .doesNotFire("CTIP-APPL-04.clause-before-mar-2015")
                .doesNotFire("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.threshold-550k")
                .doesNotFire("CTIP-APPL-04.threshold-700k");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRANT", "COOPERATIVE_AGREEMENT"})
    void noThresholdIsSelectedForAGrantEvenWithAClauseDate(String instrument) {
        SubmissionFixture.compliant().set("/award/instrument", instrument).evaluate()
                .doesNotFire("CTIP-APPL-04.clause-before-mar-2015")
                .doesNotFire("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.threshold-550k")
                .doesNotFire("CTIP-APPL-04.threshold-700k");
        SubmissionFixture.compliant().set("/award/instrument", instrument).set("/award/clause/date", "FEB 2009").evaluate()
                .doesNotFire("CTIP-APPL-04.clause-before-mar-2015");
    }

    private static RuleInfo rule(String id) {
        return TestRules.ruleset().rules().stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id));
    }
}
