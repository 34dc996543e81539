package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

/** rules/applicability/ctip-appl-03-certification-provision.drl: the solicitation contains 52.222-56 where prescribed. */
class CertificationProvisionRuleTest {
    private static final String PROVISION = "/award/solicitationIncludes52_222_56";

    @Test
    void theProvisionInASolicitationAboveTheThresholdIsMet() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-APPL-03.provision-included")
                .doesNotFire("CTIP-APPL-03.provision-missing")
                .doesNotFire("CTIP-APPL-03.provision-unknown")
                .status("CTIP-APPL-03", Status.MET);
        assertThat(result.item("CTIP-APPL-03").evidence()).containsExactly(Evidence.at(PROVISION, true));
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void aSolicitationAboveTheThresholdWithoutTheProvisionIsAGovernmentSideGap() {
        ResultAssert result = SubmissionFixture.compliant().set(PROVISION, false).evaluate()
                .fires("CTIP-APPL-03.provision-missing")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .status("CTIP-APPL-03", Status.NOT_MET)
                // INFO for the contractor: it does not make the submission non-compliant
                .determination(Determination.COMPLIANT_WITH_OBSERVATIONS);
        Finding finding = result.finding("CTIP-APPL-03.provision-missing");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NOT_MET);
        assertThat(finding.message()).contains("$550,000");
        assertThat(finding.evidence()).containsExactly(Evidence.at(PROVISION, false));
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void aSolicitationThatStatesItIncludedTheProvisionIsNotReportedMissing() {
        SubmissionFixture.compliant().set(PROVISION, true).evaluate()
                .doesNotFire("CTIP-APPL-03.provision-missing")
                .doesNotFire("CTIP-APPL-03.provision-unknown");
    }

    @Test
    void anUnstatedProvisionNeedsReview() {
        ResultAssert result = SubmissionFixture.compliant().remove(PROVISION).evaluate()
                .fires("CTIP-APPL-03.provision-unknown")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .doesNotFire("CTIP-APPL-03.provision-missing")
                .status("CTIP-APPL-03", Status.NEEDS_REVIEW);
        Finding finding = result.finding("CTIP-APPL-03.provision-unknown");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(finding.evidence()).containsExactly(Evidence.at(PROVISION, null));
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void aProvisionStatedFalseIsNotUnknown() {
        SubmissionFixture.compliant().set(PROVISION, false).evaluate().doesNotFire("CTIP-APPL-03.provision-unknown");
    }

    /** FAR 22.1705(b)(1) "at least $500,000 [the edition's threshold] ... may be performed outside the United States": $1 below is not. */
    @Test
    void theProvisionIsNotPrescribedOneDollarBelowTheThreshold() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 549_999).evaluate()
                .fires("CTIP-APPL-03.not-applicable")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .status("CTIP-APPL-03", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-APPL-03").reason()).contains("$549,999").contains("$550,000");
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);

        // Even a solicitation without it is then no gap.
        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 549_999).set(PROVISION, false).evaluate()
                .fires("CTIP-APPL-03.not-applicable")
                .doesNotFire("CTIP-APPL-03.provision-missing")
                .status("CTIP-APPL-03", Status.NOT_APPLICABLE);
    }

    /**
     * FAR 22.1705(b)(1) "at least": exactly the threshold prescribes the provision, although 52.222-50(h)(1)(ii)
     * ("exceeds") then requires no plan.
     */
    @Test
    void theProvisionIsPrescribedAtExactlyTheThresholdThoughNoPlanIsRequired() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_000).set(PROVISION, false).evaluate()
                .fires("CTIP-APPL-03.provision-missing")
                .doesNotFire("CTIP-APPL-03.not-applicable")
                .status("CTIP-APPL-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-APPL-03.provision-missing").message()).contains("$550,000 may be performed outside the United States \u2265 $550,000");
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }

    /** "may be performed": a larger possible value decides, at the threshold and $1 below it. */
    @Test
    void aPossibleValueOutsideTheUnitedStatesDecides() {
        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 400_000)
                .set("/award/possibleValueOutsideUnitedStates", 550_000).evaluate()
                .fires("CTIP-APPL-03.provision-included")
                .doesNotFire("CTIP-APPL-03.not-applicable")
                .status("CTIP-APPL-03", Status.MET);
        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 400_000)
                .set("/award/possibleValueOutsideUnitedStates", 549_999).evaluate()
                .fires("CTIP-APPL-03.not-applicable")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .status("CTIP-APPL-03", Status.NOT_APPLICABLE);
        // A possible value settles an outside portion of unknown value.
        SubmissionFixture.compliant().remove("/award/portions/0/estimatedValue")
                .set("/award/possibleValueOutsideUnitedStates", 600_000).evaluate()
                .fires("CTIP-APPL-03.provision-included")
                .doesNotFire("CTIP-APPL-03.undetermined");
    }

    /** (b)(2) excludes only an acquisition entirely of COTS items: outside COTS supplies count toward (b)(1) when anything else is bought. */
    @Test
    void cotsSuppliesCountUnlessTheAcquisitionIsEntirelyCots() {
        ResultAssert mixed = SubmissionFixture.compliant().set("/award/portions/0/kind", "SUPPLIES").set("/award/portions/0/cots", true)
                .set("/award/portions/0/estimatedValue", 550_000).evaluate()
                .fires("CTIP-APPL-03.provision-included")
                .status("CTIP-APPL-03", Status.MET);
        decidedOnceBy(mixed, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);

        ResultAssert entirelyCots = SubmissionFixture.compliant().set("/award/portions/0/kind", "SUPPLIES").set("/award/portions/0/cots", true)
                .set("/award/portions/1/kind", "SUPPLIES").set("/award/portions/1/cots", true).evaluate()
                .fires("CTIP-APPL-03.not-applicable")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .status("CTIP-APPL-03", Status.NOT_APPLICABLE);
        assertThat(entirelyCots.item("CTIP-APPL-03").reason()).contains("entirely for commercially available off-the-shelf items");
    }

    @Test
    void theProvisionIsNotPrescribedForAGrant() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", "GRANT").evaluate()
                .fires("CTIP-APPL-06.far-plan-rules-not-applicable")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .doesNotFire("CTIP-APPL-03.not-applicable")
                .status("CTIP-APPL-03", Status.NOT_APPLICABLE); // a grant's plan is REQUIRED by 7104a; CTIP-APPL-06 sets the FAR entries aside
        decidedOnceBy(result, "CTIP-APPL-06.assistance-plan-required", Outcome.REQUIRED);
    }

    @Test
    void theProvisionIsNotPrescribedUnderAClauseEditionWithoutThePlanParagraph() {
        SubmissionFixture.compliant().set("/award/clause/date", "FEB 2009").evaluate()
                .fires("CTIP-APPL-03.no-provision-in-edition")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .status("CTIP-APPL-03", Status.NOT_APPLICABLE);
        SubmissionFixture.compliant().evaluate().doesNotFire("CTIP-APPL-03.no-provision-in-edition");
    }

    @Test
    void theProvisionIsPrescribedOneDollarAboveTheThreshold() {
        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_001).evaluate()
                .doesNotFire("CTIP-APPL-03.not-applicable")
                .fires("CTIP-APPL-03.provision-included")
                .status("CTIP-APPL-03", Status.MET);
    }

    @Test
    void theProvisionCannotBeJudgedWhileThePlanRequirementIsUndetermined() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/clause/date").set("/award/portions/0/estimatedValue", 640_000).evaluate()
                .fires("CTIP-APPL-03.undetermined")
                .doesNotFire("CTIP-APPL-03.provision-included")
                .doesNotFire("CTIP-APPL-03.not-applicable")
                .status("CTIP-APPL-03", Status.NEEDS_REVIEW);
        assertThat(result.item("CTIP-APPL-03").reason()).startsWith("Undetermined: ");
        decidedOnceBy(result, "CTIP-APPL-04.clause-date-missing", Outcome.UNDETERMINED);

        SubmissionFixture.compliant().remove("/award/portions/0/estimatedValue").evaluate()
                .fires("CTIP-APPL-03.undetermined")
                .status("CTIP-APPL-03", Status.NEEDS_REVIEW);
    }

    @Test
    void aDecidedPlanRequirementIsNotUndetermined() {
        SubmissionFixture.compliant().evaluate().doesNotFire("CTIP-APPL-03.undetermined");
        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 1).evaluate()
                .doesNotFire("CTIP-APPL-03.undetermined");
    }
}
