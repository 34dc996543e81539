package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class AccessToFacilitiesRuleTest {

    @Test
    void isMetWhenTheCommitmentIsMade() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-COOP-03.met")
                .doesNotFire("CTIP-COOP-03.no-overseas-access")
                .doesNotFire("CTIP-COOP-03.cooperation-not-submitted")
                .status("CTIP-COOP-03", Status.MET);
    }

    @Test
    void flagsACommitmentThatIsRefused() {
        ResultAssert result = SubmissionFixture.compliant().set("/policies/cooperation/providesAccessIncludingOverseas", false).evaluate()
                .fires("CTIP-COOP-03.no-overseas-access")
                .doesNotFire("CTIP-COOP-03.met")
                .status("CTIP-COOP-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-COOP-03.no-overseas-access").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-COOP-03.no-overseas-access").evidence())
                .containsExactly(Evidence.at("/policies/cooperation/providesAccessIncludingOverseas", false));
    }

    /**
     * FAR 52.222-50(g)(1)(iii) is a duty of the clause ("The Contractor shall, at a minimum-"), not a written
     * commitment: a submission silent on it is asked about (NEEDS_REVIEW), never found in breach.
     */
    @Test
    void asksWhenTheCommitmentIsNotStated() {
        ResultAssert result = SubmissionFixture.compliant().set("/policies/cooperation/providesAccessIncludingOverseas", null).evaluate()
                .fires("CTIP-COOP-03.cooperation-not-submitted")
                .doesNotFire("CTIP-COOP-03.no-overseas-access")
                .doesNotFire("CTIP-COOP-03.met")
                .status("CTIP-COOP-03", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-COOP-03.cooperation-not-submitted").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void asksForTheCommitmentsWhenTheyAreNotSubmitted() {
        ResultAssert result = SubmissionFixture.compliant().remove("/policies/cooperation").evaluate()
                .fires("CTIP-COOP-03.cooperation-not-submitted")
                .doesNotFire("CTIP-COOP-03.met")
                .doesNotFire("CTIP-COOP-03.no-overseas-access")
                .status("CTIP-COOP-03", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-COOP-03.cooperation-not-submitted").evidence())
                .containsExactly(Evidence.at("/policies/cooperation/providesAccessIncludingOverseas", null));
    }
}
