package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class ActionsTakenRuleTest {
    @Test
    void meetsTheRequirementWhenActionsWereReportedAndTheProcedureSaysSo() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-NOTIF-02.met")
                .doesNotFire("CTIP-NOTIF-02.actions-not-reported")
                .doesNotFire("CTIP-NOTIF-02.actions-not-recorded")
                .doesNotFire("CTIP-NOTIF-02.procedure-omits-actions")
                .doesNotFire("CTIP-NOTIF-02.policies-not-described")
                .status("CTIP-NOTIF-02", Status.MET);
    }

    @Test
    void flagsActionsTakenButNeverReported() {
        ResultAssert result = SubmissionFixture.compliant().set("/incidents/0/actionsReportedOn", null).evaluate()
                .fires("CTIP-NOTIF-02.actions-not-reported")
                .doesNotFire("CTIP-NOTIF-02.met")
                .status("CTIP-NOTIF-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-NOTIF-02.actions-not-reported").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void flagsAProcedureThatDoesNotReportActionsTaken() {
        SubmissionFixture.compliant().set("/policies/notificationProcedure/reportsActionsTaken", false).evaluate()
                .fires("CTIP-NOTIF-02.procedure-omits-actions")
                .doesNotFire("CTIP-NOTIF-02.reporting-not-stated")
                .doesNotFire("CTIP-NOTIF-02.met")
                .status("CTIP-NOTIF-02", Status.NOT_MET);
    }

    /** FAR 52.222-50(d)(1)(ii) is a duty to inform of actions taken; silence about a procedure is asked about. */
    @Test
    void asksWhenThePoliciesDoNotDescribeAProcedure() {
        SubmissionFixture.compliant().remove("/policies/notificationProcedure").evaluate()
                .fires("CTIP-NOTIF-02.reporting-not-stated")
                .doesNotFire("CTIP-NOTIF-02.procedure-omits-actions")
                .status("CTIP-NOTIF-02", Status.NEEDS_REVIEW);
    }

    @Test
    void asksWhenTheProcedureDoesNotSayWhetherActionsAreReported() {
        SubmissionFixture.compliant().set("/policies/notificationProcedure/reportsActionsTaken", null).evaluate()
                .fires("CTIP-NOTIF-02.reporting-not-stated")
                .doesNotFire("CTIP-NOTIF-02.procedure-omits-actions")
                .doesNotFire("CTIP-NOTIF-02.met")
                .status("CTIP-NOTIF-02", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForTheProcedureWhenTheSubmissionHasNoPoliciesSection() {
        SubmissionFixture.compliant().remove("/policies").evaluate()
                .fires("CTIP-NOTIF-02.policies-not-described")
                .doesNotFire("CTIP-NOTIF-02.procedure-omits-actions")
                .doesNotFire("CTIP-NOTIF-02.reporting-not-stated")
                .doesNotFire("CTIP-NOTIF-02.met")
                .status("CTIP-NOTIF-02", Status.NEEDS_REVIEW);
    }

    @Test
    void asksWhichActionsWereTakenWhenAnIncidentRecordsNone() {
        SubmissionFixture.compliant().set("/incidents/0/actionsTaken", " ").set("/incidents/0/actionsReportedOn", null).evaluate()
                .fires("CTIP-NOTIF-02.actions-not-recorded")
                .doesNotFire("CTIP-NOTIF-02.actions-not-reported")
                .doesNotFire("CTIP-NOTIF-02.met")
                .status("CTIP-NOTIF-02", Status.NEEDS_REVIEW);
    }
}
