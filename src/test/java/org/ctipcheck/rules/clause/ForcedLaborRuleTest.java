package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class ForcedLaborRuleTest {

    @Test
    void isMetWhenTheCodeOfConductProhibitsForcedLabor() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-03.met")
                .doesNotFire("CTIP-PROHIB-03.not-prohibited")
                .doesNotFire("CTIP-PROHIB-03.conduct-not-submitted")
                .status("CTIP-PROHIB-03", Status.MET);
    }

    @Test
    void flagsACodeOfConductThatDoesNotProhibitForcedLabor() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/conduct/forcedLaborProhibited", false).evaluate()
                .fires("CTIP-PROHIB-03.not-prohibited")
                .doesNotFire("CTIP-PROHIB-03.met")
                .status("CTIP-PROHIB-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-03.not-prohibited").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-03.not-prohibited").evidence())
                .containsExactly(Evidence.at("/workforce/conduct/forcedLaborProhibited", false));
    }

    @Test
    void asksForTheCodeOfConductWhenItIsNotSubmitted() {
        SubmissionFixture.compliant().remove("/workforce/conduct").evaluate()
                .fires("CTIP-PROHIB-03.conduct-not-submitted")
                .doesNotFire("CTIP-PROHIB-03.met")
                .status("CTIP-PROHIB-03", Status.NEEDS_REVIEW);
    }
}
