package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class SevereTraffickingRuleTest {

    @Test
    void isMetWhenTheCodeOfConductProhibitsTrafficking() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-01.met")
                .doesNotFire("CTIP-PROHIB-01.not-prohibited")
                .doesNotFire("CTIP-PROHIB-01.conduct-not-submitted")
                .status("CTIP-PROHIB-01", Status.MET);
    }

    @Test
    void flagsACodeOfConductSilentOnTrafficking() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/conduct/traffickingProhibited", null).evaluate()
                .fires("CTIP-PROHIB-01.not-prohibited")
                .doesNotFire("CTIP-PROHIB-01.met")
                .status("CTIP-PROHIB-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-01.not-prohibited").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-01.not-prohibited").evidence())
                .containsExactly(Evidence.at("/workforce/conduct/traffickingProhibited", null));
    }

    @Test
    void flagsACodeOfConductThatDoesNotProhibitTrafficking() {
        SubmissionFixture.compliant().set("/workforce/conduct/traffickingProhibited", false).evaluate()
                .fires("CTIP-PROHIB-01.not-prohibited")
                .status("CTIP-PROHIB-01", Status.NOT_MET);
    }

    @Test
    void asksForTheCodeOfConductWhenItIsNotSubmitted() {
        ResultAssert result = SubmissionFixture.compliant().remove("/workforce/conduct").evaluate()
                .fires("CTIP-PROHIB-01.conduct-not-submitted")
                .doesNotFire("CTIP-PROHIB-01.met")
                .doesNotFire("CTIP-PROHIB-01.not-prohibited")
                .status("CTIP-PROHIB-01", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-01.conduct-not-submitted").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void asksForTheCodeOfConductWhenTheWholeWorkforceSectionIsMissing() {
        SubmissionFixture.compliant().remove("/workforce").evaluate()
                .fires("CTIP-PROHIB-01.conduct-not-submitted")
                .status("CTIP-PROHIB-01", Status.NEEDS_REVIEW);
    }

    @Test
    void leavesAGrantToTheAwardTerm() {
        SubmissionFixture.compliant().set("/award/instrument", "GRANT").remove("/workforce/conduct").evaluate()
                .doesNotFire("CTIP-PROHIB-01.met")
                .doesNotFire("CTIP-PROHIB-01.conduct-not-submitted")
                .status("CTIP-PROHIB-01", Status.NOT_APPLICABLE);
    }
}
