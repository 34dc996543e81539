package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class IdentityDocumentsRuleTest {
    private static final String DOCS = "/workforce/identityDocuments";

    @Test
    void isMetWhenWorkersKeepTheirDocumentsUnderAWrittenPolicy() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-04.met")
                .doesNotFire("CTIP-PROHIB-04.documents-held")
                .doesNotFire("CTIP-PROHIB-04.no-document-policy")
                .doesNotFire("CTIP-PROHIB-04.custody-not-stated")
                .status("CTIP-PROHIB-04", Status.MET);
    }

    @Test
    void blocksAnEmployerHoldingPassportsWithoutConsentOrAccess() {
        ResultAssert result = SubmissionFixture.compliant().set(DOCS + "/employerHoldsDocuments", true).evaluate()
                .fires("CTIP-PROHIB-04.documents-held")
                .doesNotFire("CTIP-PROHIB-04.met")
                .status("CTIP-PROHIB-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-04.documents-held").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-04.documents-held").message()).isEqualTo(
                "The employer holds workers' identity or immigration documents without their voluntary written consent and without access on demand.");
        assertThat(result.finding("CTIP-PROHIB-04.documents-held").evidence()).containsExactly(
                Evidence.at(DOCS + "/employerHoldsDocuments", true), Evidence.at(DOCS + "/voluntaryWrittenConsent", null),
                Evidence.at(DOCS + "/accessOnDemand", null));
    }

    @Test
    void blocksSafekeepingWithConsentButWithoutAccessOnDemand() {
        ResultAssert result = SubmissionFixture.compliant().set(DOCS + "/employerHoldsDocuments", true)
                .set(DOCS + "/voluntaryWrittenConsent", true).set(DOCS + "/accessOnDemand", false).evaluate()
                .fires("CTIP-PROHIB-04.documents-held")
                .doesNotFire("CTIP-PROHIB-04.met");
        assertThat(result.finding("CTIP-PROHIB-04.documents-held").message())
                .isEqualTo("The employer holds workers' identity or immigration documents without access on demand.");
    }

    @Test
    void blocksSafekeepingWithAccessButWithoutWrittenConsent() {
        SubmissionFixture.compliant().set(DOCS + "/employerHoldsDocuments", true)
                .set(DOCS + "/voluntaryWrittenConsent", false).set(DOCS + "/accessOnDemand", true).evaluate()
                .fires("CTIP-PROHIB-04.documents-held")
                .doesNotFire("CTIP-PROHIB-04.met")
                .status("CTIP-PROHIB-04", Status.NOT_MET);
    }

    @Test
    void acceptsVoluntarySafekeepingWithAccessOnDemand() {
        SubmissionFixture.compliant().set(DOCS + "/employerHoldsDocuments", true)
                .set(DOCS + "/voluntaryWrittenConsent", true).set(DOCS + "/accessOnDemand", true).evaluate()
                .fires("CTIP-PROHIB-04.met")
                .doesNotFire("CTIP-PROHIB-04.documents-held")
                .status("CTIP-PROHIB-04", Status.MET);
    }

    @Test
    void flagsMigrantWorkersWithoutADocumentPolicy() {
        ResultAssert result = SubmissionFixture.compliant().set(DOCS + "/policyProhibitsConfiscation", false).evaluate()
                .fires("CTIP-PROHIB-04.no-document-policy")
                .doesNotFire("CTIP-PROHIB-04.met")
                .status("CTIP-PROHIB-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-04.no-document-policy").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-04.no-document-policy").evidence()).containsExactly(
                Evidence.at("/workforce/nonUsWorkersBroughtIn", true), Evidence.at(DOCS + "/policyProhibitsConfiscation", false));
    }

    @Test
    void doesNotAskForADocumentPolicyWhenNoWorkersAreBroughtIn() {
        SubmissionFixture.compliant().set(DOCS + "/policyProhibitsConfiscation", null)
                .set("/workforce/nonUsWorkersBroughtIn", false).evaluate()
                .fires("CTIP-PROHIB-04.met")
                .doesNotFire("CTIP-PROHIB-04.no-document-policy")
                .status("CTIP-PROHIB-04", Status.MET);
    }

    @Test
    void asksWhoHoldsTheDocumentsWhenCustodyIsNotStated() {
        SubmissionFixture.compliant().set(DOCS + "/employerHoldsDocuments", null).evaluate()
                .fires("CTIP-PROHIB-04.custody-not-stated")
                .doesNotFire("CTIP-PROHIB-04.met")
                .doesNotFire("CTIP-PROHIB-04.documents-held")
                .status("CTIP-PROHIB-04", Status.NEEDS_REVIEW);
    }

    @Test
    void asksWhoHoldsTheDocumentsWhenTheSectionIsMissing() {
        ResultAssert result = SubmissionFixture.compliant().remove(DOCS).evaluate()
                .fires("CTIP-PROHIB-04.custody-not-stated")
                .doesNotFire("CTIP-PROHIB-04.no-document-policy")
                .status("CTIP-PROHIB-04", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-04.custody-not-stated").severity()).isEqualTo(Severity.INFO);
    }
}
