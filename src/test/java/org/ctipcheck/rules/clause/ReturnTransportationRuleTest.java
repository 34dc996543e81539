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
    void flagsReturnTravelStatedNotToBeTimedAroundVictimsAndWitnesses() {
        ResultAssert result = SubmissionFixture.compliant().set(RETURN + "/victimWitnessTimingProvided", false).evaluate()
                .fires("CTIP-PROHIB-07.no-victim-witness-timing")
                .doesNotFire("CTIP-PROHIB-07.victim-witness-timing-not-stated")
                .doesNotFire("CTIP-PROHIB-07.met")
                .status("CTIP-PROHIB-07", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-07.no-victim-witness-timing").severity()).isEqualTo(Severity.MAJOR);
    }

    /** Silence on the (b)(7)(iii) timing is asked about, not taken as a breach. */
    @Test
    void asksWhetherReturnTravelIsTimedAroundVictimsAndWitnessesWhenNotStated() {
        ResultAssert result = SubmissionFixture.compliant().set(RETURN + "/victimWitnessTimingProvided", null).evaluate()
                .fires("CTIP-PROHIB-07.victim-witness-timing-not-stated")
                .doesNotFire("CTIP-PROHIB-07.no-victim-witness-timing")
                .doesNotFire("CTIP-PROHIB-07.met")
                .status("CTIP-PROHIB-07", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-07.victim-witness-timing-not-stated").severity()).isEqualTo(Severity.INFO);
    }

    /**
     * FAR 52.222-50(b)(7)(i)(B): for workers brought into the United States, return transportation is owed only "if
     * the payment of such costs is required under existing temporary worker programs or pursuant to a written
     * agreement with the employee".
     */
    @Test
    void owesNoReturnTravelIntoTheUnitedStatesWithoutAProgramOrAgreement() {
        ResultAssert result = SubmissionFixture.compliant().set(RETURN + "/providedOrPaid", false)
                .set(RETURN + "/broughtIntoUnitedStates", true).set(RETURN + "/requiredByProgramOrAgreement", false).evaluate()
                .fires("CTIP-PROHIB-07.not-owed")
                .doesNotFire("CTIP-PROHIB-07.not-provided")
                .doesNotFire("CTIP-PROHIB-07.met")
                .status("CTIP-PROHIB-07", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-PROHIB-07").reason()).contains("no temporary worker program or written agreement");
    }

    @Test
    void blocksMissingReturnTravelIntoTheUnitedStatesWhenAProgramOrAgreementRequiresIt() {
        SubmissionFixture.compliant().set(RETURN + "/providedOrPaid", false)
                .set(RETURN + "/broughtIntoUnitedStates", true).set(RETURN + "/requiredByProgramOrAgreement", true).evaluate()
                .fires("CTIP-PROHIB-07.not-provided")
                .doesNotFire("CTIP-PROHIB-07.not-owed")
                .status("CTIP-PROHIB-07", Status.NOT_MET);
    }

    @Test
    void asksWhetherAProgramOrAgreementRequiresReturnTravelIntoTheUnitedStates() {
        SubmissionFixture.compliant().set(RETURN + "/providedOrPaid", false).set(RETURN + "/broughtIntoUnitedStates", true).evaluate()
                .fires("CTIP-PROHIB-07.program-or-agreement-not-stated")
                .doesNotFire("CTIP-PROHIB-07.not-provided")
                .doesNotFire("CTIP-PROHIB-07.not-owed")
                .status("CTIP-PROHIB-07", Status.NEEDS_REVIEW);
    }

    @Test
    void doesNotAskAboutAProgramWhenReturnTravelIsProvidedAnyway() {
        SubmissionFixture.compliant().set(RETURN + "/broughtIntoUnitedStates", true).evaluate()
                .doesNotFire("CTIP-PROHIB-07.program-or-agreement-not-stated")
                .fires("CTIP-PROHIB-07.met");
    }

    /** An award with no portion outside the U.S. brings workers into the U.S. when the submission does not say. */
    @Test
    void takesWorkersOnAnAllDomesticAwardAsBroughtIntoTheUnitedStates() {
        SubmissionFixture.compliant().remove("/award/portions/0").set(RETURN + "/providedOrPaid", false).evaluate()
                .fires("CTIP-PROHIB-07.program-or-agreement-not-stated")
                .doesNotFire("CTIP-PROHIB-07.not-provided");
    }

    @Test
    void stillOwesReturnTravelOutsideTheUnitedStatesWhateverTheProgram() {
        SubmissionFixture.compliant().set(RETURN + "/providedOrPaid", false)
                .set(RETURN + "/broughtIntoUnitedStates", false).set(RETURN + "/requiredByProgramOrAgreement", false).evaluate()
                .fires("CTIP-PROHIB-07.not-provided")
                .doesNotFire("CTIP-PROHIB-07.not-owed");
    }

    /** FAR 52.222-50(b)(7)(ii)(A): "Legally permitted to remain in the country of employment and who chooses to do so". */
    @Test
    void owesNoReturnTravelToWorkersWhoChoseToRemain() {
        SubmissionFixture.compliant().set(RETURN + "/providedOrPaid", false)
                .set(RETURN + "/withheldOnlyFromWorkersWhoChoseToRemain", true).evaluate()
                .fires("CTIP-PROHIB-07.not-owed")
                .doesNotFire("CTIP-PROHIB-07.not-provided")
                .status("CTIP-PROHIB-07", Status.NOT_APPLICABLE);
    }

    /** FAR 52.222-50(b)(7)(ii)(B): "Exempted by an authorized official of the contracting agency". */
    @Test
    void owesNoReturnTravelUnderAnAgencyExemption() {
        SubmissionFixture.compliant().set(RETURN + "/conditionedOnRepayment", true).set(RETURN + "/agencyExemption", true)
                .set(RETURN + "/victimWitnessTimingProvided", false).evaluate()
                .fires("CTIP-PROHIB-07.not-owed")
                .doesNotFire("CTIP-PROHIB-07.conditioned")
                .doesNotFire("CTIP-PROHIB-07.no-victim-witness-timing")
                .status("CTIP-PROHIB-07", Status.NOT_APPLICABLE);
    }

    @Test
    void anExemptionNotClaimedLeavesTheDutyInPlace() {
        SubmissionFixture.compliant().set(RETURN + "/providedOrPaid", false)
                .set(RETURN + "/agencyExemption", false).set(RETURN + "/withheldOnlyFromWorkersWhoChoseToRemain", false).evaluate()
                .fires("CTIP-PROHIB-07.not-provided")
                .doesNotFire("CTIP-PROHIB-07.not-owed");
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
