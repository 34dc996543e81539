package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class ReturnTransportationRuleTest {
    private static final String RETURN = "/workforce/returnTransportation";

    @Test
    void isMetWhenReturnTravelIsUnconditionalAndTimedAroundWitnesses() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-07.met")
                .doesNotFire("CTIP-PROHIB-07.conditioned")
                .doesNotFire("CTIP-PROHIB-07.not-provided")
                .doesNotFire("CTIP-PROHIB-07.no-victim-witness-timing")
                .doesNotFire("CTIP-PROHIB-07.not-stated")
                .doesNotFire("CTIP-PROHIB-07.no-workers-brought-in")
                .doesNotFire("CTIP-PROHIB-07.workers-brought-in-not-stated")
                .status("CTIP-PROHIB-07", Status.MET);
    }

    @Test
    void blocksReturnTravelConditionedOnCompletingTheTerm() {
        ResultAssert result = SubmissionFixture.compliant().set(RETURN + "/conditionedOnCompletingTerm", true).evaluate()
                .fires("CTIP-PROHIB-07.conditioned")
                .doesNotFire("CTIP-PROHIB-07.met")
                .status("CTIP-PROHIB-07", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-07.conditioned").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-07.conditioned").message())
                .isEqualTo("Return transportation is conditioned on completing the contract term.");
    }

    @Test
    void blocksReturnTravelConditionedOnRepayingCosts() {
        ResultAssert result = SubmissionFixture.compliant().set(RETURN + "/conditionedOnRepayment", true)
                .set(RETURN + "/conditionedOnCompletingTerm", true).evaluate()
                .fires("CTIP-PROHIB-07.conditioned")
                .doesNotFire("CTIP-PROHIB-07.met");
        assertThat(result.finding("CTIP-PROHIB-07.conditioned").message())
                .isEqualTo("Return transportation is conditioned on completing the contract term and repaying costs.");
    }

    @Test
    void blocksWorkersBroughtInWithoutReturnTravel() {
        ResultAssert result = SubmissionFixture.compliant().set(RETURN + "/providedOrPaid", false).evaluate()
                .fires("CTIP-PROHIB-07.not-provided")
                .doesNotFire("CTIP-PROHIB-07.met")
                .doesNotFire("CTIP-PROHIB-07.no-victim-witness-timing")
                .status("CTIP-PROHIB-07", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-07.not-provided").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-07.not-provided").evidence()).containsExactly(
                Evidence.at("/workforce/nonUsWorkersBroughtIn", true), Evidence.at(RETURN + "/providedOrPaid", false));
    }

    @Test
    void flagsReturnTravelWithoutTheVictimAndWitnessCarveOut() {
        ResultAssert result = SubmissionFixture.compliant().set(RETURN + "/victimWitnessTimingProvided", null).evaluate()
                .fires("CTIP-PROHIB-07.no-victim-witness-timing")
                .doesNotFire("CTIP-PROHIB-07.met")
                .status("CTIP-PROHIB-07", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-07.no-victim-witness-timing").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void asksAboutReturnTravelWhenTheSectionIsMissing() {
        SubmissionFixture.compliant().remove(RETURN).evaluate()
                .fires("CTIP-PROHIB-07.not-stated")
                .doesNotFire("CTIP-PROHIB-07.met")
                .status("CTIP-PROHIB-07", Status.NEEDS_REVIEW);
    }

    @Test
    void isNotApplicableWhenNoWorkersAreBroughtIn() {
        SubmissionFixture.compliant().set("/workforce/nonUsWorkersBroughtIn", false).remove(RETURN).evaluate()
                .fires("CTIP-PROHIB-07.no-workers-brought-in")
                .doesNotFire("CTIP-PROHIB-07.not-stated")
                .doesNotFire("CTIP-PROHIB-07.met")
                .status("CTIP-PROHIB-07", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotJudgeConditionsWhenNoWorkersAreBroughtIn() {
        SubmissionFixture.compliant().set("/workforce/nonUsWorkersBroughtIn", false)
                .set(RETURN + "/conditionedOnRepayment", true).evaluate()
                .doesNotFire("CTIP-PROHIB-07.conditioned")
                .status("CTIP-PROHIB-07", Status.NOT_APPLICABLE);
    }

    @Test
    void asksWhetherWorkersAreBroughtInWhenNotStated() {
        SubmissionFixture.compliant().set("/workforce/nonUsWorkersBroughtIn", null).evaluate()
                .fires("CTIP-PROHIB-07.workers-brought-in-not-stated")
                .doesNotFire("CTIP-PROHIB-07.met")
                .doesNotFire("CTIP-PROHIB-07.no-workers-brought-in")
                .status("CTIP-PROHIB-07", Status.NEEDS_REVIEW);
    }

    @Test
    void stillBlocksAConditionWhenItIsNotStatedWhetherWorkersAreBroughtIn() {
        SubmissionFixture.compliant().set("/workforce/nonUsWorkersBroughtIn", null)
                .set(RETURN + "/conditionedOnRepayment", true).evaluate()
                .fires("CTIP-PROHIB-07.conditioned")
                .status("CTIP-PROHIB-07", Status.NOT_MET);
    }
}
