package org.ctipcheck.rules.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.time.LocalDate;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/certification/ctip-cert-01-pre-award.drl: the 52.222-56 certification, made before award (2023-06-15). */
class PreAwardCertificationRuleTest {
    /** The base fixture's pre-award certification. */
    private static final String PRE_AWARD = "/certifications/0";
    private static final String PROVISION = "/award/solicitationIncludes52_222_56";

    private static ResultAssert required(ResultAssert result) {
        return decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void aCompletePreAwardCertificationSignedBeforeAwardIsMet() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-01.missing")
                .doesNotFire("CTIP-CERT-01.signed-after-award")
                .doesNotFire("CTIP-CERT-01.incomplete")
                .status("CTIP-CERT-01", Status.MET);
        assertThat(result.item("CTIP-CERT-01").evidence())
                .containsExactly(Evidence.at(PRE_AWARD + "/date", LocalDate.of(2023, 5, 30)));
        required(result);
    }

    @Test
    void aPreAwardCertificationDatedTheAwardDateIsInTime() {
        ResultAssert result = SubmissionFixture.compliant().set(PRE_AWARD + "/date", "2023-06-15").evaluate()
                .fires("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-01.signed-after-award")
                .status("CTIP-CERT-01", Status.MET);
        required(result);
    }

    @Test
    void aPreAwardCertificationDatedTheDayAfterAwardWasSignedAfterAward() {
        ResultAssert result = SubmissionFixture.compliant().set(PRE_AWARD + "/date", "2023-06-16").evaluate()
                .fires("CTIP-CERT-01.signed-after-award")
                .doesNotFire("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-01.missing")
                .status("CTIP-CERT-01", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-CERT-01.signed-after-award");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(finding.status()).isEqualTo(Status.NOT_MET);
        assertThat(finding.message()).contains("2023-06-16").contains("2023-06-15");
        assertThat(finding.evidence()).containsExactly(
                Evidence.at(PRE_AWARD + "/date", LocalDate.of(2023, 6, 16)),
                Evidence.at("/award/awardDate", LocalDate.of(2023, 6, 15)));
        required(result);
    }

    @Test
    void noPreAwardCertificationIsMissingWhenTheSolicitationContainedTheProvision() {
        ResultAssert result = SubmissionFixture.compliant().remove(PRE_AWARD).evaluate()
                .fires("CTIP-CERT-01.missing")
                .doesNotFire("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-01.signed-after-award")
                .status("CTIP-CERT-01", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-CERT-01.missing");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(finding.evidence()).containsExactly(Evidence.at("/certifications", null));
        required(result);
    }

    @Test
    void annualCertificationsDoNotStandInForTheMissingPreAwardOne() {
        ResultAssert result = SubmissionFixture.compliant().set(PRE_AWARD + "/type", "ANNUAL")
                .set(PRE_AWARD + "/date", "2024-01-10").evaluate()
                .fires("CTIP-CERT-01.missing")
                .status("CTIP-CERT-01", Status.NOT_MET);
        required(result);
    }

    @Test
    void noPreAwardCertificationIsNotMissingWhenTheSolicitationLackedTheProvision() {
        ResultAssert result = SubmissionFixture.compliant().remove(PRE_AWARD).set(PROVISION, false).evaluate()
                .doesNotFire("CTIP-CERT-01.missing")
                .fires("CTIP-CERT-01.provision-absent")
                .status("CTIP-CERT-01", Status.NOT_APPLICABLE);
        required(result);
    }

    @Test
    void aPreAwardCertificationMissingAStatementIsIncomplete() {
        ResultAssert result = SubmissionFixture.compliant().set(PRE_AWARD + "/statements/compliancePlanImplemented", false)
                .evaluate()
                .fires("CTIP-CERT-01.incomplete")
                .doesNotFire("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.NOT_MET);
        Finding finding = result.finding("CTIP-CERT-01.incomplete");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(finding.message()).contains("does not certify that a compliance plan is implemented");
        assertThat(finding.evidence()).containsExactly(Evidence.at(PRE_AWARD, null));
        required(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/statements/monitorDetectTerminate", "/dueDiligence/option", "/signer/name"})
    void aPreAwardCertificationWithoutEachRequiredPartIsIncomplete(String part) {
        ResultAssert result = SubmissionFixture.compliant().remove(PRE_AWARD + part).evaluate()
                .fires("CTIP-CERT-01.incomplete")
                .doesNotFire("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-CERT-01.incomplete").evidence()).containsExactly(Evidence.at(PRE_AWARD, null));
    }

    /**
     * FAR 52.222-56(c)(2) "After having conducted due diligence, either-": the offeror certifies having conducted due
     * diligence; the provision asks for no filed record of it, so a certification without one is still complete.
     */
    @ParameterizedTest
    @ValueSource(strings = {"false", "null"})
    void aCertificationWithoutADueDiligenceRecordIsStillComplete(String documented) {
        SubmissionFixture.compliant().set(PRE_AWARD + "/dueDiligence/documented", "null".equals(documented) ? null : false)
                .evaluate()
                .doesNotFire("CTIP-CERT-01.incomplete")
                .fires("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.MET);
    }

    @Test
    void abusesFoundAndRemediatedWithoutDocumentedRemedialAndReferralActionsIsIncomplete() {
        ResultAssert result = SubmissionFixture.compliant()
                .set(PRE_AWARD + "/dueDiligence/option", "ABUSES_FOUND_AND_REMEDIATED").evaluate()
                .fires("CTIP-CERT-01.incomplete")
                .doesNotFire("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.NOT_MET);
        Finding finding = result.finding("CTIP-CERT-01.incomplete");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(finding.message()).contains("remedial and referral actions are not documented");
        assertThat(finding.evidence()).containsExactly(Evidence.at(PRE_AWARD, null));
    }

    @Test
    void abusesFoundAndRemediatedWithDocumentedRemedialAndReferralActionsIsComplete() {
        ResultAssert result = SubmissionFixture.compliant()
                .set(PRE_AWARD + "/dueDiligence/option", "ABUSES_FOUND_AND_REMEDIATED")
                .set(PRE_AWARD + "/dueDiligence/remedialAndReferralActionsDocumented", true).evaluate()
                .doesNotFire("CTIP-CERT-01.incomplete")
                .fires("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.MET);
        required(result);
    }

    @Test
    void theSolicitationLackingTheProvisionMakesThePreAwardCertificationNotApplicable() {
        ResultAssert result = SubmissionFixture.compliant().set(PROVISION, false).evaluate()
                .fires("CTIP-CERT-01.provision-absent")
                .doesNotFire("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-CERT-01").evidence()).containsExactly(Evidence.at(PROVISION, false));
        // Not a finding against the contractor; APPL-03 reports the Government-side omission.
        assertThat(result.result().findings()).extracting(Finding::ruleId).doesNotContain("CTIP-CERT-01.provision-absent");
        required(result);

        // Nor is a late or incomplete one judged when none was called for.
        SubmissionFixture.compliant().set(PROVISION, false).set(PRE_AWARD + "/date", "2023-07-01")
                .set(PRE_AWARD + "/statements/compliancePlanImplemented", false).evaluate()
                .doesNotFire("CTIP-CERT-01.signed-after-award")
                .doesNotFire("CTIP-CERT-01.incomplete")
                .status("CTIP-CERT-01", Status.NOT_APPLICABLE);
    }

    @Test
    void theSolicitationContainingTheProvisionIsNotAbsent() {
        SubmissionFixture.compliant().evaluate().doesNotFire("CTIP-CERT-01.provision-absent");
    }

    @Test
    void anUnstatedProvisionLeavesThePreAwardCertificationForReview() {
        ResultAssert result = SubmissionFixture.compliant().remove(PROVISION).evaluate()
                .fires("CTIP-CERT-01.provision-unknown")
                .doesNotFire("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-01.provision-absent")
                .status("CTIP-CERT-01", Status.NEEDS_REVIEW);
        assertThat(result.item("CTIP-CERT-01").reason()).contains("not stated");
        required(result);
    }

    @Test
    void aStatedProvisionIsNotUnknown() {
        SubmissionFixture.compliant().set(PROVISION, false).evaluate().doesNotFire("CTIP-CERT-01.provision-unknown");
    }

    @Test
    void noPlanRequiredMeansNoPreAwardRuleFiresEvenForAMissingCertification() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_000)
                .remove(PRE_AWARD).evaluate()
                .doesNotFire("CTIP-CERT-01.missing")
                .doesNotFire("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.NOT_APPLICABLE);
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }

    // --- CTIP-CERT-01.plan-not-yet-effective: FAR 52.222-56(c)(1) "It has implemented a compliance plan" ---

    @Test
    void aPreAwardCertificationDatedTheDayBeforeThePlanTookEffectContradictsIt() {
        // Certification 2023-05-30, plan effective 2023-05-31: one day early.
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/effectiveDate", "2023-05-31").evaluate()
                .fires("CTIP-CERT-01.plan-not-yet-effective")
                .doesNotFire("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-CERT-01.plan-not-yet-effective");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.citation()).isEqualTo("FAR 52.222-56(c)(1); FAR 22.1703(c)(1)(ii)(A)");
        assertThat(finding.message()).contains("2023-05-30").contains("2023-05-31");
        assertThat(finding.evidence()).extracting(Evidence::pointer)
                .containsExactly("/certifications/0/date", "/compliancePlan/effectiveDate");
    }

    @Test
    void aPreAwardCertificationDatedTheDayThePlanTookEffectIsConsistent() {
        SubmissionFixture.compliant().set("/compliancePlan/effectiveDate", "2023-05-30").evaluate()
                .doesNotFire("CTIP-CERT-01.plan-not-yet-effective")
                .fires("CTIP-CERT-01.met")
                .status("CTIP-CERT-01", Status.MET);
    }

    @Test
    void aCertificationThatDoesNotClaimAnImplementedPlanIsIncompleteNotInconsistent() {
        SubmissionFixture.compliant().set("/compliancePlan/effectiveDate", "2023-05-31")
                .set("/certifications/0/statements/compliancePlanImplemented", false).evaluate()
                .doesNotFire("CTIP-CERT-01.plan-not-yet-effective")
                .fires("CTIP-CERT-01.incomplete");
    }
}
