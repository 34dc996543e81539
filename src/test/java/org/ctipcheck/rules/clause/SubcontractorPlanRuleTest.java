package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class SubcontractorPlanRuleTest {
    private static final String COVERED = "/subcontracts/0/coveredValue";
    private static final String HAS_PLAN = "/subcontracts/0/subcontractorHasPlan";

    @Test
    void meetsTheRequirementWhenTheCoveredSubcontractorHasAPlan() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-FLOW-02.met")
                .doesNotFire("CTIP-FLOW-02.subcontractor-without-plan")
                .doesNotFire("CTIP-FLOW-02.no-covered-subcontract")
                .doesNotFire("CTIP-FLOW-02.clause-date-missing")
                .doesNotFire("CTIP-FLOW-02.covered-value-missing")
                .doesNotFire("CTIP-FLOW-02.no-plan-paragraph")
                .doesNotFire("CTIP-FLOW-02.no-subcontracts")
                .doesNotFire("CTIP-FLOW-02.plan-unknown")
                .status("CTIP-FLOW-02", Status.MET);
    }

    @Test
    void flagsASubcontractorOneDollarOverTheThresholdWithoutAPlan() {
        ResultAssert result = SubmissionFixture.compliant().set(COVERED, 550001).set(HAS_PLAN, false).evaluate()
                .fires("CTIP-FLOW-02.subcontractor-without-plan")
                .doesNotFire("CTIP-FLOW-02.met")
                .status("CTIP-FLOW-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-FLOW-02.subcontractor-without-plan").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-FLOW-02.subcontractor-without-plan").message())
                .contains("$550,001").contains("$550,000").contains("NOV 2021");
    }

    @Test
    void aSubcontractorAtTheThresholdNeedsNoPlan() {
        SubmissionFixture.compliant().set(COVERED, 550000).set(HAS_PLAN, false).evaluate()
                .doesNotFire("CTIP-FLOW-02.subcontractor-without-plan")
                .fires("CTIP-FLOW-02.no-covered-subcontract")
                .status("CTIP-FLOW-02", Status.NOT_APPLICABLE);
    }

    @Test
    void usesTheThresholdOfThePrimesClauseEdition() {
        SubmissionFixture.compliant().set("/award/clause/date", "OCT 2025").set(COVERED, 700000).set(HAS_PLAN, false).evaluate()
                .doesNotFire("CTIP-FLOW-02.subcontractor-without-plan")
                .status("CTIP-FLOW-02", Status.NOT_APPLICABLE);
        SubmissionFixture.compliant().set("/award/clause/date", "OCT 2025").set(COVERED, 700001).set(HAS_PLAN, false).evaluate()
                .fires("CTIP-FLOW-02.subcontractor-without-plan");
    }

    @Test
    void doesNotApplyUnderAClauseWithoutParagraphH() {
        SubmissionFixture.compliant().set("/award/clause/date", "FEB 2009").set(HAS_PLAN, false).evaluate()
                .fires("CTIP-FLOW-02.no-plan-paragraph")
                .doesNotFire("CTIP-FLOW-02.subcontractor-without-plan")
                .status("CTIP-FLOW-02", Status.NOT_APPLICABLE);
    }

    @Test
    void asksForThePrimesClauseDate() {
        SubmissionFixture.compliant().set("/award/clause/date", null).evaluate()
                .fires("CTIP-FLOW-02.clause-date-missing")
                .doesNotFire("CTIP-FLOW-02.met")
                .status("CTIP-FLOW-02", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForAMissingCoveredValue() {
        SubmissionFixture.compliant().set("/subcontracts/1/coveredValue", null).evaluate()
                .fires("CTIP-FLOW-02.covered-value-missing")
                .doesNotFire("CTIP-FLOW-02.met")
                .status("CTIP-FLOW-02", Status.NEEDS_REVIEW);
    }

    @Test
    void asksWhetherACoveredSubcontractorHasAPlan() {
        SubmissionFixture.compliant().set(HAS_PLAN, null).evaluate()
                .fires("CTIP-FLOW-02.plan-unknown")
                .doesNotFire("CTIP-FLOW-02.met")
                .status("CTIP-FLOW-02", Status.NEEDS_REVIEW);
    }

    @Test
    void doesNotApplyWithoutSubcontracts() {
        SubmissionFixture.compliant().remove("/subcontracts").evaluate()
                .fires("CTIP-FLOW-02.no-subcontracts")
                .doesNotFire("CTIP-FLOW-02.no-covered-subcontract")
                .status("CTIP-FLOW-02", Status.NOT_APPLICABLE);
    }
}
