package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

/** CTIP-PROHIB-05a (misleading recruitment) and CTIP-PROHIB-05b (recruiters that break local law). */
class RecruitmentRuleTest {
    private static final String DISCLOSURE = "/workforce/recruitmentDisclosure";

    @Test
    void isMetWhenEveryKeyTermIsDisclosedInTheWorkersLanguage() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-05a.met")
                .doesNotFire("CTIP-PROHIB-05a.misrepresentation")
                .doesNotFire("CTIP-PROHIB-05a.not-in-worker-language")
                .doesNotFire("CTIP-PROHIB-05a.disclosure-incomplete")
                .doesNotFire("CTIP-PROHIB-05a.disclosure-not-stated")
                .status("CTIP-PROHIB-05a", Status.MET);
    }

    @Test
    void blocksAMisrepresentationOfKeyTerms() {
        ResultAssert result = SubmissionFixture.compliant().set(DISCLOSURE + "/misrepresentationFound", true).evaluate()
                .fires("CTIP-PROHIB-05a.misrepresentation")
                .doesNotFire("CTIP-PROHIB-05a.met")
                .status("CTIP-PROHIB-05a", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-05a.misrepresentation").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void blocksADisclosureInALanguageWorkersDoNotUnderstand() {
        ResultAssert result = SubmissionFixture.compliant().set(DISCLOSURE + "/inLanguageWorkerUnderstands", false).evaluate()
                .fires("CTIP-PROHIB-05a.not-in-worker-language")
                .doesNotFire("CTIP-PROHIB-05a.met")
                .doesNotFire("CTIP-PROHIB-05a.disclosure-not-stated")
                .status("CTIP-PROHIB-05a", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-05a.not-in-worker-language").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void namesTheKeyTermsTheDisclosureLeavesOut() {
        ResultAssert result = SubmissionFixture.compliant()
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "HAZARDS")).evaluate()
                .fires("CTIP-PROHIB-05a.disclosure-incomplete")
                .doesNotFire("CTIP-PROHIB-05a.met")
                .status("CTIP-PROHIB-05a", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-05a.disclosure-incomplete").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-05a.disclosure-incomplete").message())
                .isEqualTo("The recruitment disclosure does not cover [HOUSING_AND_COSTS, SIGNIFICANT_COSTS].");
    }

    @Test
    void asksHowKeyTermsAreDisclosedWhenTheLanguageIsNotStated() {
        SubmissionFixture.compliant().set(DISCLOSURE + "/inLanguageWorkerUnderstands", null).evaluate()
                .fires("CTIP-PROHIB-05a.disclosure-not-stated")
                .doesNotFire("CTIP-PROHIB-05a.met")
                .status("CTIP-PROHIB-05a", Status.NEEDS_REVIEW);
    }

    @Test
    void asksHowKeyTermsAreDisclosedWhenTheSectionIsMissing() {
        ResultAssert result = SubmissionFixture.compliant().remove(DISCLOSURE).evaluate()
                .fires("CTIP-PROHIB-05a.disclosure-not-stated")
                .status("CTIP-PROHIB-05a", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-05a.disclosure-not-stated").evidence())
                .containsExactly(Evidence.at(DISCLOSURE + "/inLanguageWorkerUnderstands", null));
    }

    @Test
    void isMetWhenEveryRecruiterCompliesWithLocalLaw() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-05b.met")
                .doesNotFire("CTIP-PROHIB-05b.recruiter-not-compliant")
                .doesNotFire("CTIP-PROHIB-05b.compliance-not-stated")
                .doesNotFire("CTIP-PROHIB-05b.no-recruiters")
                .doesNotFire("CTIP-PROHIB-05b.workforce-not-submitted")
                .status("CTIP-PROHIB-05b", Status.MET);
    }

    @Test
    void blocksARecruiterThatBreaksLocalLaw() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/recruiters/1/compliesWithLocalLaw", false).evaluate()
                .fires("CTIP-PROHIB-05b.recruiter-not-compliant")
                .doesNotFire("CTIP-PROHIB-05b.met")
                .status("CTIP-PROHIB-05b", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-05b.recruiter-not-compliant").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-05b.recruiter-not-compliant").message())
                .isEqualTo("Recruiter Dhaka Overseas Recruiting Ltd. (BD) does not comply with local labor law.");
        assertThat(result.finding("CTIP-PROHIB-05b.recruiter-not-compliant").evidence()).contains(
                Evidence.at("/workforce/recruiters/1/compliesWithLocalLaw", false));
    }

    @Test
    void blocksAnUnlicensedRecruiterEvenIfSaidToComply() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/recruiters/0/licensed", false).evaluate()
                .fires("CTIP-PROHIB-05b.recruiter-not-compliant")
                .doesNotFire("CTIP-PROHIB-05b.met")
                .status("CTIP-PROHIB-05b", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-05b.recruiter-not-compliant").message())
                .isEqualTo("Recruiter Himalayan Manpower Services Pvt. Ltd. (NP) is not licensed.");
    }

    @Test
    void asksWhetherARecruiterCompliesWhenNotStated() {
        SubmissionFixture.compliant().set("/workforce/recruiters/0/compliesWithLocalLaw", null).evaluate()
                .fires("CTIP-PROHIB-05b.compliance-not-stated")
                .doesNotFire("CTIP-PROHIB-05b.met")
                .doesNotFire("CTIP-PROHIB-05b.recruiter-not-compliant")
                .status("CTIP-PROHIB-05b", Status.NEEDS_REVIEW);
    }

    @Test
    void isNotApplicableWhenNoRecruitersAreUsed() {
        SubmissionFixture.compliant().set("/workforce/recruiters", List.of()).evaluate()
                .fires("CTIP-PROHIB-05b.no-recruiters")
                .doesNotFire("CTIP-PROHIB-05b.met")
                .status("CTIP-PROHIB-05b", Status.NOT_APPLICABLE);
    }

    @Test
    void asksForTheRecruitersWhenTheWorkforceSectionIsMissing() {
        SubmissionFixture.compliant().remove("/workforce").evaluate()
                .fires("CTIP-PROHIB-05b.workforce-not-submitted")
                .doesNotFire("CTIP-PROHIB-05b.no-recruiters")
                .doesNotFire("CTIP-PROHIB-05b.met")
                .status("CTIP-PROHIB-05b", Status.NEEDS_REVIEW);
    }
}
