package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class RespondToAuditorsRuleTest {

    @Test
    void isMetWhenTheCommitmentIsMade() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-COOP-02.met")
                .doesNotFire("CTIP-COOP-02.no-auditor-responses")
                .doesNotFire("CTIP-COOP-02.cooperation-not-submitted")
                .status("CTIP-COOP-02", Status.MET);
    }

    @Test
    void flagsACommitmentThatIsRefused() {
        ResultAssert result = SubmissionFixture.compliant().set("/policies/cooperation/respondsToAuditors", false).evaluate()
                .fires("CTIP-COOP-02.no-auditor-responses")
                .doesNotFire("CTIP-COOP-02.met")
                .status("CTIP-COOP-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-COOP-02.no-auditor-responses").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-COOP-02.no-auditor-responses").evidence())
                .containsExactly(Evidence.at("/policies/cooperation/respondsToAuditors", false));
    }

    /**
     * FAR 52.222-50(g)(1)(ii) is a duty of the clause ("The Contractor shall, at a minimum-"), not a written
     * commitment: a submission silent on it is asked about (NEEDS_REVIEW), never found in breach.
     */
    @Test
    void asksWhenTheCommitmentIsNotStated() {
        ResultAssert result = SubmissionFixture.compliant().set("/policies/cooperation/respondsToAuditors", null).evaluate()
                .fires("CTIP-COOP-02.cooperation-not-submitted")
                .doesNotFire("CTIP-COOP-02.no-auditor-responses")
                .doesNotFire("CTIP-COOP-02.met")
                .status("CTIP-COOP-02", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-COOP-02.cooperation-not-submitted").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void asksForTheCommitmentsWhenTheyAreNotSubmitted() {
        ResultAssert result = SubmissionFixture.compliant().remove("/policies/cooperation").evaluate()
                .fires("CTIP-COOP-02.cooperation-not-submitted")
                .doesNotFire("CTIP-COOP-02.met")
                .doesNotFire("CTIP-COOP-02.no-auditor-responses")
                .status("CTIP-COOP-02", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-COOP-02.cooperation-not-submitted").evidence())
                .containsExactly(Evidence.at("/policies/cooperation/respondsToAuditors", null));
    }
}
