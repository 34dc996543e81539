package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class WorkDocumentsRuleTest {
    private static final String DOCS = "/workforce/workDocuments";

    @Test
    void isMetWhenACompleteDocumentInTheWorkersLanguageComesInTime() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-09.met")
                .doesNotFire("CTIP-PROHIB-09.not-provided")
                .doesNotFire("CTIP-PROHIB-09.not-in-worker-language")
                .doesNotFire("CTIP-PROHIB-09.late-for-relocation")
                .doesNotFire("CTIP-PROHIB-09.contents-missing")
                .doesNotFire("CTIP-PROHIB-09.delivery-not-stated")
                .doesNotFire("CTIP-PROHIB-09.requirement-not-stated")
                .doesNotFire("CTIP-PROHIB-09.not-required")
                .status("CTIP-PROHIB-09", Status.MET);
    }

    @Test
    void blocksMissingWorkDocumentsTheContractRequires() {
        ResultAssert result = SubmissionFixture.compliant().set(DOCS + "/provided", false).set(DOCS + "/inLanguageWorkerUnderstands", null).evaluate()
                .fires("CTIP-PROHIB-09.not-provided")
                .doesNotFire("CTIP-PROHIB-09.met")
                .doesNotFire("CTIP-PROHIB-09.contents-missing")
                .doesNotFire("CTIP-PROHIB-09.delivery-not-stated")
                .status("CTIP-PROHIB-09", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-09.not-provided").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-09.not-provided").evidence()).containsExactly(
                Evidence.at("/award/contractRequiresWorkDocuments", true), Evidence.at(DOCS + "/provided", false));
    }

    @Test
    void blocksADocumentInALanguageTheWorkerDoesNotUnderstand() {
        ResultAssert result = SubmissionFixture.compliant().set(DOCS + "/inLanguageWorkerUnderstands", false).evaluate()
                .fires("CTIP-PROHIB-09.not-in-worker-language")
                .doesNotFire("CTIP-PROHIB-09.met")
                .status("CTIP-PROHIB-09", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-09.not-in-worker-language").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void blocksADocumentGivenFourDaysBeforeRelocation() {
        ResultAssert result = SubmissionFixture.compliant().set(DOCS + "/daysBeforeRelocation", 4).evaluate()
                .fires("CTIP-PROHIB-09.late-for-relocation")
                .doesNotFire("CTIP-PROHIB-09.met")
                .status("CTIP-PROHIB-09", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-09.late-for-relocation").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-09.late-for-relocation").message())
                .isEqualTo("Relocating workers get the work document 4 days before relocation; at least 5 are required.");
    }

    @Test
    void acceptsADocumentGivenExactlyFiveDaysBeforeRelocation() {
        SubmissionFixture.compliant().set(DOCS + "/daysBeforeRelocation", 5).evaluate()
                .fires("CTIP-PROHIB-09.met")
                .doesNotFire("CTIP-PROHIB-09.late-for-relocation")
                .status("CTIP-PROHIB-09", Status.MET);
    }

    @Test
    void ignoresTimingWhenNoRelocationIsNeeded() {
        SubmissionFixture.compliant().set(DOCS + "/relocationRequired", false).set(DOCS + "/daysBeforeRelocation", 0).evaluate()
                .fires("CTIP-PROHIB-09.met")
                .doesNotFire("CTIP-PROHIB-09.late-for-relocation")
                .status("CTIP-PROHIB-09", Status.MET);
    }

    @Test
    void namesTheContentTheDocumentLeavesOut() {
        ResultAssert result = SubmissionFixture.compliant()
                .set(DOCS + "/contents", List.of("WORK_DESCRIPTION", "WAGES", "WORK_LOCATION", "LIVING_ACCOMMODATIONS_AND_COSTS",
                        "TIME_OFF", "ROUNDTRIP_TRANSPORTATION", "GRIEVANCE_PROCESS"))
                .evaluate()
                .fires("CTIP-PROHIB-09.contents-missing")
                .doesNotFire("CTIP-PROHIB-09.met")
                .status("CTIP-PROHIB-09", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-09.contents-missing").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-09.contents-missing").message())
                .isEqualTo("The written work document does not contain [RECRUITMENT_FEE_PROHIBITION, ANTI_TRAFFICKING_LAWS].");
    }

    @Test
    void asksWhenTheRelocationTimingIsNotStated() {
        SubmissionFixture.compliant().set(DOCS + "/daysBeforeRelocation", null).evaluate()
                .fires("CTIP-PROHIB-09.delivery-not-stated")
                .doesNotFire("CTIP-PROHIB-09.met")
                .doesNotFire("CTIP-PROHIB-09.late-for-relocation")
                .status("CTIP-PROHIB-09", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForTheWorkDocumentsWhenTheSectionIsMissing() {
        SubmissionFixture.compliant().remove(DOCS).evaluate()
                .fires("CTIP-PROHIB-09.delivery-not-stated")
                .doesNotFire("CTIP-PROHIB-09.met")
                .status("CTIP-PROHIB-09", Status.NEEDS_REVIEW);
    }

    @Test
    void isNotApplicableWhenNeitherTheContractNorALawRequiresWorkDocuments() {
        SubmissionFixture.compliant().set("/award/contractRequiresWorkDocuments", false).set("/award/lawRequiresWorkDocuments", false)
                .set(DOCS + "/provided", false).evaluate()
                .fires("CTIP-PROHIB-09.not-required")
                .doesNotFire("CTIP-PROHIB-09.not-provided")
                .doesNotFire("CTIP-PROHIB-09.met")
                .status("CTIP-PROHIB-09", Status.NOT_APPLICABLE);
    }

    @Test
    void asksWhetherTheContractRequiresWorkDocumentsWhenNotStated() {
        SubmissionFixture.compliant().remove("/award/contractRequiresWorkDocuments").evaluate()
                .fires("CTIP-PROHIB-09.requirement-not-stated")
                .doesNotFire("CTIP-PROHIB-09.met")
                .doesNotFire("CTIP-PROHIB-09.not-required")
                .status("CTIP-PROHIB-09", Status.NEEDS_REVIEW);
    }

    /** FAR 52.222-50(b)(9) "If required by law or contract": a host-country law alone brings the duty. */
    @Test
    void blocksMissingWorkDocumentsThatHostCountryLawRequires() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/contractRequiresWorkDocuments", false)
                .set("/award/lawRequiresWorkDocuments", true).set(DOCS + "/provided", false).evaluate()
                .fires("CTIP-PROHIB-09.not-provided")
                .doesNotFire("CTIP-PROHIB-09.not-required")
                .doesNotFire("CTIP-PROHIB-09.requirement-not-stated")
                .status("CTIP-PROHIB-09", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-09.not-provided").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-09.not-provided").message()).startsWith("The law requires");
        assertThat(result.finding("CTIP-PROHIB-09.not-provided").evidence()).containsExactly(
                Evidence.at("/award/lawRequiresWorkDocuments", true), Evidence.at(DOCS + "/provided", false));
    }

    /** Under a law that requires them, the document must also be in the worker's language and 5 days before relocation. */
    @Test
    void appliesTheLanguageAndFiveDayRulesWhenALawRequiresTheDocument() {
        SubmissionFixture.compliant().set("/award/contractRequiresWorkDocuments", false).set("/award/lawRequiresWorkDocuments", true)
                .set(DOCS + "/daysBeforeRelocation", 4).evaluate()
                .fires("CTIP-PROHIB-09.late-for-relocation")
                .status("CTIP-PROHIB-09", Status.NOT_MET);
        SubmissionFixture.compliant().set("/award/contractRequiresWorkDocuments", false).set("/award/lawRequiresWorkDocuments", true)
                .set(DOCS + "/daysBeforeRelocation", 5).evaluate()
                .doesNotFire("CTIP-PROHIB-09.late-for-relocation")
                .fires("CTIP-PROHIB-09.met")
                .status("CTIP-PROHIB-09", Status.MET);
    }

    /** The contract does not require them, but whether a law does is not stated: for review, not "not applicable". */
    @Test
    void asksWhetherALawRequiresWorkDocumentsWhenTheContractDoesNot() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/contractRequiresWorkDocuments", false).evaluate()
                .fires("CTIP-PROHIB-09.requirement-not-stated")
                .doesNotFire("CTIP-PROHIB-09.not-required")
                .doesNotFire("CTIP-PROHIB-09.met")
                .status("CTIP-PROHIB-09", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-09.requirement-not-stated").evidence())
                .containsExactly(Evidence.at("/award/lawRequiresWorkDocuments", null));
    }
}
