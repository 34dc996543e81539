package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class NotifyEmployeesRuleTest {

    @Test
    void isMetWhenTheNoticeIsCompleteAndReachesAgents() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-CONTR-01.met")
                .doesNotFire("CTIP-CONTR-01.notice-incomplete")
                .doesNotFire("CTIP-CONTR-01.agents-not-notified")
                .doesNotFire("CTIP-CONTR-01.notice-not-submitted")
                .status("CTIP-CONTR-01", Status.MET);
    }

    @Test
    void namesTheContentTheNoticeLeavesOut() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/policies/employeeNotice/coversActionsTaken", false)
                .set("/policies/employeeNotice/coversPolicy", null)
                .evaluate()
                .fires("CTIP-CONTR-01.notice-incomplete")
                .doesNotFire("CTIP-CONTR-01.met")
                .status("CTIP-CONTR-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-CONTR-01.notice-incomplete").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-CONTR-01.notice-incomplete").message())
                .isEqualTo("The employee notice does not state the Government's policy prohibiting trafficking in persons,"
                        + " the actions the contractor will take against violators.");
    }

    @Test
    void flagsANoticeThatDoesNotReachAgents() {
        ResultAssert result = SubmissionFixture.compliant().set("/policies/employeeNotice/distributedToAgents", false).evaluate()
                .fires("CTIP-CONTR-01.agents-not-notified")
                .doesNotFire("CTIP-CONTR-01.notice-incomplete")
                .doesNotFire("CTIP-CONTR-01.met")
                .status("CTIP-CONTR-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-CONTR-01.agents-not-notified").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void asksForTheNoticeWhenItIsNotSubmitted() {
        SubmissionFixture.compliant().remove("/policies/employeeNotice").evaluate()
                .fires("CTIP-CONTR-01.notice-not-submitted")
                .doesNotFire("CTIP-CONTR-01.met")
                .status("CTIP-CONTR-01", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForTheNoticeWhenNoPoliciesAreSubmitted() {
        SubmissionFixture.compliant().remove("/policies").evaluate()
                .fires("CTIP-CONTR-01.notice-not-submitted")
                .status("CTIP-CONTR-01", Status.NEEDS_REVIEW);
    }
}
