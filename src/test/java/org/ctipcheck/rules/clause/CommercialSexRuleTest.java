package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class CommercialSexRuleTest {

    @Test
    void isMetWhenTheProhibitionAppliesOnAndOffDuty() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-02.met")
                .doesNotFire("CTIP-PROHIB-02.on-duty-only")
                .doesNotFire("CTIP-PROHIB-02.not-prohibited")
                .doesNotFire("CTIP-PROHIB-02.conduct-not-submitted")
                .status("CTIP-PROHIB-02", Status.MET);
    }

    @Test
    void flagsAProhibitionLimitedToDutyHours() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/conduct/appliesOffDuty", false).evaluate()
                .fires("CTIP-PROHIB-02.on-duty-only")
                .doesNotFire("CTIP-PROHIB-02.met")
                .doesNotFire("CTIP-PROHIB-02.not-prohibited")
                .status("CTIP-PROHIB-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-02.on-duty-only").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-02.on-duty-only").evidence())
                .containsExactly(Evidence.at("/workforce/conduct/appliesOffDuty", false));
    }

    /**
     * FAR 52.222-50(b)(2) "Procure commercial sex acts during the period of performance of the contract" has no
     * duty-status limit: a prohibition that does not mention off-duty conduct already covers it.
     */
    @Test
    void aProhibitionSilentOnOffDutyConductIsMet() {
        SubmissionFixture.compliant().set("/workforce/conduct/appliesOffDuty", null).evaluate()
                .doesNotFire("CTIP-PROHIB-02.on-duty-only")
                .fires("CTIP-PROHIB-02.met")
                .status("CTIP-PROHIB-02", Status.MET);
    }

    @Test
    void asksWhenTheCodeDoesNotSayWhetherItProhibitsCommercialSex() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/conduct/commercialSexProhibited", null).evaluate()
                .fires("CTIP-PROHIB-02.conduct-not-submitted")
                .doesNotFire("CTIP-PROHIB-02.not-prohibited")
                .status("CTIP-PROHIB-02", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-02.conduct-not-submitted").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void flagsACodeOfConductWithoutTheProhibition() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/conduct/commercialSexProhibited", false).evaluate()
                .fires("CTIP-PROHIB-02.not-prohibited")
                .doesNotFire("CTIP-PROHIB-02.on-duty-only")
                .doesNotFire("CTIP-PROHIB-02.met")
                .status("CTIP-PROHIB-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-02.not-prohibited").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void asksForTheCodeOfConductWhenItIsNotSubmitted() {
        SubmissionFixture.compliant().remove("/workforce/conduct").evaluate()
                .fires("CTIP-PROHIB-02.conduct-not-submitted")
                .doesNotFire("CTIP-PROHIB-02.met")
                .status("CTIP-PROHIB-02", Status.NEEDS_REVIEW);
    }
}
