package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * rules/applicability/ctip-appl-04-plan-required.drl without a clause date: FAR 52.222-50(h)(1)(ii) "Has an estimated
 * value that exceeds" the threshold of the edition ($500,000 MAR 2015/JAN 2019, $550,000 OCT 2020/NOV 2021, $700,000
 * OCT 2025); the FEB 2009 edition has no paragraph (h). A value above or below every candidate is decided anyway.
 * Base fixture: services in Qatar, award 2023-06-15; the clause date is removed.
 */
class PlanRequiredWithoutClauseDateRuleTest {
    private static final String VALUE = "/award/portions/0/estimatedValue";

    private static SubmissionFixture withoutClauseDate(long value) {
        return SubmissionFixture.compliant().remove("/award/clause/date").set(VALUE, value);
    }

    @ParameterizedTest(name = "${0} without a clause date: {1}")
    @CsvSource({
            "700001, CTIP-APPL-04.required-under-every-threshold,     REQUIRED",
            "700000, CTIP-APPL-04.clause-date-missing,                UNDETERMINED",
            "550001, CTIP-APPL-04.clause-date-missing,                UNDETERMINED",
            "550000, CTIP-APPL-04.clause-date-missing,                UNDETERMINED",
            "500001, CTIP-APPL-04.clause-date-missing,                UNDETERMINED",
            "500000, CTIP-APPL-04.not-required-under-every-threshold, NOT_REQUIRED",
            "499999, CTIP-APPL-04.not-required-under-every-threshold, NOT_REQUIRED",
    })
    void theValueDecidesWhenItIsAboveOrBelowEveryCandidateThreshold(long value, String rule, Outcome outcome) {
        ResultAssert result = withoutClauseDate(value).evaluate().fires(rule);
        decidedOnceBy(result, rule, outcome);
        for (String other : new String[] {"CTIP-APPL-04.required-under-every-threshold",
                "CTIP-APPL-04.not-required-under-every-threshold", "CTIP-APPL-04.clause-date-missing"}) {
            if (!other.equals(rule)) {
                result.doesNotFire(other);
            }
        }
    }

    @Test
    void aboveEveryThresholdTheReasonStatesTheAssumptionAboutTheEdition() {
        ResultAssert result = withoutClauseDate(700_001).evaluate()
                .doesNotFire("CTIP-APPL-04.not-required-under-every-threshold")
                .doesNotFire("CTIP-APPL-04.clause-date-missing");
        assertThat(result.result().planDecision().reason()).contains("$700,000").contains("MAR 2015 or later");
        assertThat(result.result().planDecision().threshold()).isNull();
    }

    @Test
    void anAwardBeforeMarch2015MayCarryTheEditionWithoutParagraphH() {
        // FEB 2009 has no paragraph (h): before 2 March 2015 even $18.4M abroad leaves the requirement open.
        ResultAssert before = SubmissionFixture.compliant().remove("/award/clause/date")
                .set("/award/awardDate", "2015-03-01").evaluate()
                .fires("CTIP-APPL-04.clause-date-missing")
                .doesNotFire("CTIP-APPL-04.required-under-every-threshold");
        decidedOnceBy(before, "CTIP-APPL-04.clause-date-missing", Outcome.UNDETERMINED);
        ResultAssert onTheDay = SubmissionFixture.compliant().remove("/award/clause/date")
                .set("/award/awardDate", "2015-03-02").evaluate()
                .fires("CTIP-APPL-04.required-under-every-threshold");
        decidedOnceBy(onTheDay, "CTIP-APPL-04.required-under-every-threshold", Outcome.REQUIRED);
        SubmissionFixture.compliant().remove("/award/clause/date").remove("/award/awardDate").evaluate()
                .fires("CTIP-APPL-04.clause-date-missing")
                .doesNotFire("CTIP-APPL-04.required-under-every-threshold");
    }

    @Test
    void belowEveryThresholdEvenAnOldAwardNeedsNoPlan() {
        ResultAssert result = withoutClauseDate(500_000).set("/award/awardDate", "2012-01-10").evaluate()
                .fires("CTIP-APPL-04.not-required-under-every-threshold")
                .doesNotFire("CTIP-APPL-04.required-under-every-threshold");
        withoutClauseDate(500_001).evaluate().doesNotFire("CTIP-APPL-04.not-required-under-every-threshold");
        decidedOnceBy(result, "CTIP-APPL-04.not-required-under-every-threshold", Outcome.NOT_REQUIRED);
    }

    @Test
    void anUnvaluedCoveredPortionLeavesALowKnownValueUndecidedButNotAHighOne() {
        ResultAssert low = withoutClauseDate(400_000).copyInto("/award/portions", "/award/portions/0")
                .set("/award/portions/2/id", "more-services").remove("/award/portions/2/estimatedValue").evaluate()
                .fires("CTIP-APPL-04.clause-date-missing");
        decidedOnceBy(low, "CTIP-APPL-04.clause-date-missing", Outcome.UNDETERMINED);
        ResultAssert high = withoutClauseDate(800_000).copyInto("/award/portions", "/award/portions/0")
                .set("/award/portions/2/id", "more-services").remove("/award/portions/2/estimatedValue").evaluate()
                .fires("CTIP-APPL-04.required-under-every-threshold");
        decidedOnceBy(high, "CTIP-APPL-04.required-under-every-threshold", Outcome.REQUIRED);
    }

    @Test
    void whileUndeterminedPlanGapsAreReportedWithoutBlockerOrMajorSeverityAndTheCheckIsIncomplete() {
        ResultAssert result = withoutClauseDate(640_000).set("/compliancePlan/housing/standards", null).evaluate()
                .fires("CTIP-PLAN-06.no-housing-plan")
                .determination(Determination.INCOMPLETE);
        assertThat(result.finding("CTIP-PLAN-06.no-housing-plan").severity()).isEqualTo(Severity.MINOR);
        assertThat(result.finding("CTIP-PLAN-06.no-housing-plan").message()).startsWith("If a compliance plan is required");
        assertThat(result.result().findings()).noneMatch(f -> f.severity().atLeast(Severity.MAJOR));
    }

    @Test
    void onceDecidedRequiredTheSamePlanGapIsABlocker() {
        ResultAssert result = withoutClauseDate(700_001).set("/compliancePlan/housing/standards", null).evaluate()
                .fires("CTIP-PLAN-06.no-housing-plan")
                .determination(Determination.NON_COMPLIANT);
        assertThat(result.finding("CTIP-PLAN-06.no-housing-plan").severity()).isEqualTo(Severity.BLOCKER);
    }
}
