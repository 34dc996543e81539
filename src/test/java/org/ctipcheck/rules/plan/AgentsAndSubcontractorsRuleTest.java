package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;

import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/plan/ctip-plan-07-agents-and-subcontractors.drl: procedures at any tier and value that monitor, detect, terminate. */
class AgentsAndSubcontractorsRuleTest {
    private static final String SECTION = "/compliancePlan/agentsAndSubcontractors";

    @Test
    void flagsAPlanWithoutProceduresForAgentsAndSubcontractors() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION).evaluate()
                .fires("CTIP-PLAN-07.missing")
                .doesNotFire("CTIP-PLAN-07.limited-reach")
                .doesNotFire("CTIP-PLAN-07.steps-missing")
                .doesNotFire("CTIP-PLAN-07.met")
                .status("CTIP-PLAN-07", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-07.missing", Severity.BLOCKER, SECTION);
    }

    @Test
    void doesNotCallLimitedProceduresMissing() {
        SubmissionFixture.compliant().set(SECTION + "/anyValue", false).evaluate()
                .doesNotFire("CTIP-PLAN-07.missing")
                .fires("CTIP-PLAN-07.limited-reach");
    }

    @ParameterizedTest
    @CsvSource({"anyTier, not every tier", "anyValue, not every dollar value"})
    void flagsProceduresLimitedToSomeTiersOrValues(String field, String limit) {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/" + field, false).evaluate()
                .fires("CTIP-PLAN-07.limited-reach")
                .doesNotFire("CTIP-PLAN-07.steps-missing")
                .doesNotFire("CTIP-PLAN-07.met")
                .status("CTIP-PLAN-07", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-07.limited-reach", Severity.MAJOR, SECTION + "/anyTier",
                SECTION + "/anyValue");
        assertThat(finding.message()).isEqualTo("The procedures reach " + limit + ".");
    }

    @Test
    void flagsProceduresSilentOnTheirReach() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/anyTier").remove(SECTION + "/anyValue")
                .evaluate()
                .fires("CTIP-PLAN-07.limited-reach")
                .status("CTIP-PLAN-07", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-07.limited-reach").message())
                .isEqualTo("The procedures reach not every tier and not every dollar value.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor", "detect", "terminate"})
    void flagsProceduresThatLeaveOutAStep(String step) {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/" + step, false).evaluate()
                .fires("CTIP-PLAN-07.steps-missing")
                .doesNotFire("CTIP-PLAN-07.limited-reach")
                .doesNotFire("CTIP-PLAN-07.met")
                .status("CTIP-PLAN-07", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-07.steps-missing", Severity.MAJOR, SECTION);
        assertThat(finding.message()).isEqualTo("The procedures do not provide how to " + step + ".");
    }

    @Test
    void reportsBothLimitedReachAndMissingSteps() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/anyTier", false)
                .remove(SECTION + "/terminate").evaluate()
                .fires("CTIP-PLAN-07.limited-reach")
                .fires("CTIP-PLAN-07.steps-missing")
                .doesNotFire("CTIP-PLAN-07.met")
                .status("CTIP-PLAN-07", Status.NOT_MET);
        assertThat(result.item("CTIP-PLAN-07").ruleIds())
                .containsExactlyInAnyOrder("CTIP-PLAN-07.limited-reach", "CTIP-PLAN-07.steps-missing");
    }

    @Test
    void meetsTheRequirementWithProceduresThatReachEveryTierAndValue() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-07.met")
                .doesNotFire("CTIP-PLAN-07.missing")
                .doesNotFire("CTIP-PLAN-07.limited-reach")
                .doesNotFire("CTIP-PLAN-07.steps-missing")
                .status("CTIP-PLAN-07", Status.MET);
        assertThat(result.item("CTIP-PLAN-07").ruleIds()).containsExactly("CTIP-PLAN-07.met");
    }
}
