package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.grant;
import static org.ctipcheck.rules.assistance.Grants.usaid;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * The statute behind grants: 22 U.S.C. 7104c(2) cooperation (ctip-grant-07-cooperation.drl), 7104a(c) plan disclosure
 * (ctip-grant-08-plan-disclosure.drl) and the certification element "is in compliance with that plan" of 7104a(a)(1)
 * (ctip-grant-04-plan-and-certification.drl, ctip-usaid-02-certification.drl). The grant fixture has $18.4M of services
 * in Qatar, a plan posted 2023-07-25 and a request answered 2024-02-05.
 */
class StatutoryLayerRuleTest {
    private static final String COOPERATES = "/policies/cooperation/fullyCooperatesWithFederalAgencies";

    // --- 22 U.S.C. 7104c(2) "fully cooperate with any Federal agencies responsible for audits, investigations, or corrective actions"

    @Test
    void meetsTheCooperationDutyWhenTheRecipientCommits() {
        grant().evaluate()
                .fires("CTIP-GRANT-07.met")
                .doesNotFire("CTIP-GRANT-07.not-committed")
                .doesNotFire("CTIP-GRANT-07.not-stated")
                .status("CTIP-GRANT-07", Status.MET);
    }

    @Test
    void flagsARecipientThatDoesNotCommitToCooperate() {
        ResultAssert result = grant().set(COOPERATES, false).evaluate()
                .fires("CTIP-GRANT-07.not-committed")
                .doesNotFire("CTIP-GRANT-07.met")
                .status("CTIP-GRANT-07", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-07.not-committed").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void asksWhenTheCooperationCommitmentIsNotStated() {
        grant().remove(COOPERATES).evaluate()
                .fires("CTIP-GRANT-07.not-stated")
                .doesNotFire("CTIP-GRANT-07.met")
                .status("CTIP-GRANT-07", Status.NEEDS_REVIEW);
        usaid().remove("/policies").evaluate().fires("CTIP-GRANT-07.not-stated");
    }

    /** The statute covers every grant, below $500,000 too; contracts are under FAR 52.222-50(g) instead. */
    @Test
    void appliesToEveryGrantAndToNoContract() {
        grant().set("/award/portions/0/estimatedValue", 100).set(COOPERATES, false).evaluate()
                .fires("CTIP-GRANT-07.not-committed");
        SubmissionFixture.compliant().set(COOPERATES, false).evaluate()
                .doesNotFire("CTIP-GRANT-07.not-committed")
                .status("CTIP-GRANT-07", Status.NOT_APPLICABLE);
    }

    // --- 22 U.S.C. 7104a(c) "provide a copy of the plan to the contracting or grant officer upon request, and as appropriate, shall post"

    @Test
    void meetsTheDisclosureDutyWhenRequestsAreAnsweredAndThePlanIsPosted() {
        grant().evaluate()
                .fires("CTIP-GRANT-08.met")
                .doesNotFire("CTIP-GRANT-08.request-unanswered")
                .doesNotFire("CTIP-GRANT-08.posting-not-recorded")
                .doesNotFire("CTIP-GRANT-08.not-required")
                .status("CTIP-GRANT-08", Status.MET);
    }

    @Test
    void flagsARequestForThePlanThatWasNotAnswered() {
        ResultAssert result = grant().set("/compliancePlan/requestsFromContractingOfficer/0/providedOn", null).evaluate()
                .fires("CTIP-GRANT-08.request-unanswered")
                .doesNotFire("CTIP-GRANT-08.met")
                .status("CTIP-GRANT-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-08.request-unanswered").severity()).isEqualTo(Severity.MAJOR);
    }

    /** Posting is owed "as appropriate": none recorded is for review, not a gap. */
    @Test
    void asksWhenThePlanIsPostedNowhere() {
        ResultAssert result = grant().remove("/compliancePlan/posting").evaluate()
                .fires("CTIP-GRANT-08.posting-not-recorded")
                .doesNotFire("CTIP-GRANT-08.met")
                .status("CTIP-GRANT-08", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-GRANT-08.posting-not-recorded").severity()).isEqualTo(Severity.INFO);
    }

    /** The plan of 7104a(a) is required above $500,000 of services outside the U.S.: $500,000 exactly is not, $500,001 is. */
    @Test
    void appliesOnlyAbove500000OfServicesOutsideTheUnitedStates() {
        grant().set("/award/portions/0/estimatedValue", 500_000).set("/compliancePlan/requestsFromContractingOfficer/0/providedOn", null).evaluate()
                .fires("CTIP-GRANT-08.not-required")
                .doesNotFire("CTIP-GRANT-08.request-unanswered")
                .status("CTIP-GRANT-08", Status.NOT_APPLICABLE);
        grant().set("/award/portions/0/estimatedValue", 500_001).set("/compliancePlan/requestsFromContractingOfficer/0/providedOn", null).evaluate()
                .fires("CTIP-GRANT-08.request-unanswered")
                .doesNotFire("CTIP-GRANT-08.not-required");
        // Supplies never count: $18.4M of supplies outside the U.S. is no trigger.
        grant().set("/award/portions/0/kind", "SUPPLIES").evaluate()
                .fires("CTIP-GRANT-08.not-required");
        grant().remove("/award/portions/0/estimatedValue").evaluate()
                .fires("CTIP-GRANT-08.services-value-unknown")
                .doesNotFire("CTIP-GRANT-08.met")
                .status("CTIP-GRANT-08", Status.NEEDS_REVIEW);
        grant().evaluate().doesNotFire("CTIP-GRANT-08.services-value-unknown");
    }

    // --- 22 U.S.C. 7104a(a)(1) "has implemented a plan ... and is in compliance with that plan"

    @Test
    void blocksACertificationThatDoesNotCertifyComplianceWithThePlan() {
        ResultAssert result = grant().set("/certifications/1/statements/inComplianceWithPlan", false).evaluate()
                .fires("CTIP-GRANT-04.plan-compliance-not-certified")
                .doesNotFire("CTIP-GRANT-04.met")
                .doesNotFire("CTIP-GRANT-04.plan-compliance-not-stated")
                .status("CTIP-GRANT-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-04.plan-compliance-not-certified").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-GRANT-04.plan-compliance-not-certified").evidence())
                .extracting(e -> e.pointer()).containsExactly("/certifications/1/statements/inComplianceWithPlan");
    }

    @Test
    void asksWhenACertificationDoesNotSayWhetherItCertifiesCompliance() {
        grant().remove("/certifications/0/statements/inComplianceWithPlan").evaluate()
                .fires("CTIP-GRANT-04.plan-compliance-not-stated")
                .doesNotFire("CTIP-GRANT-04.plan-compliance-not-certified")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NEEDS_REVIEW);
        grant().evaluate().doesNotFire("CTIP-GRANT-04.plan-compliance-not-stated").fires("CTIP-GRANT-04.met");
    }

    /** The FAR certification has no "in compliance" words: a contract is not checked for them. */
    @Test
    void doesNotAskContractsForThePlanComplianceStatement() {
        SubmissionFixture.compliant().set("/certifications/1/statements/inComplianceWithPlan", false).evaluate()
                .doesNotFire("CTIP-GRANT-04.plan-compliance-not-certified")
                .status("CTIP-CERT-02", Status.MET);
    }

    @Test
    void appliesTheSameElementToLegacyUsaidCertifications() {
        usaid().set("/certifications/2/statements/inComplianceWithPlan", false).evaluate()
                .fires("CTIP-USAID-02.plan-compliance-not-certified")
                .doesNotFire("CTIP-USAID-02.met")
                .doesNotFire("CTIP-GRANT-04.plan-compliance-not-certified")
                .status("CTIP-USAID-02", Status.NOT_MET);
        usaid().remove("/certifications/2/statements/inComplianceWithPlan").evaluate()
                .fires("CTIP-USAID-02.plan-compliance-not-stated")
                .doesNotFire("CTIP-USAID-02.plan-compliance-not-certified")
                .status("CTIP-USAID-02", Status.NEEDS_REVIEW);
        usaid().evaluate()
                .doesNotFire("CTIP-USAID-02.plan-compliance-not-stated")
                .fires("CTIP-USAID-02.met");
    }
}
