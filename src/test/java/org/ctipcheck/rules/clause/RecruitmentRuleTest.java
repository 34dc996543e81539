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
        ResultAssert result = SubmissionFixture.compliant().set(DISCLOSURE + "/housingProvidedOrArranged", true)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "HAZARDS")).evaluate()
                .fires("CTIP-PROHIB-05a.disclosure-incomplete")
                .doesNotFire("CTIP-PROHIB-05a.met")
                .status("CTIP-PROHIB-05a", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-05a.disclosure-incomplete").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-05a.disclosure-incomplete").message())
                .isEqualTo("The recruitment disclosure does not cover [HOUSING_AND_COSTS, SIGNIFICANT_COSTS].");
    }

    /** FAR 52.222-50(b)(5)(i) "housing and associated costs (if employer or agent provided or arranged)". */
    @Test
    void housingNeedNotBeDisclosedWhenNoneIsProvidedOrArranged() {
        SubmissionFixture.compliant().set(DISCLOSURE + "/housingProvidedOrArranged", false)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "SIGNIFICANT_COSTS", "HAZARDS"))
                .evaluate()
                .doesNotFire("CTIP-PROHIB-05a.disclosure-incomplete")
                .doesNotFire("CTIP-PROHIB-05a.conditional-terms-open")
                .fires("CTIP-PROHIB-05a.met")
                .status("CTIP-PROHIB-05a", Status.MET);
    }

    @Test
    void housingLeftOutIsAGapWhenHousingIsProvided() {
        SubmissionFixture.compliant().set(DISCLOSURE + "/housingProvidedOrArranged", true)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "SIGNIFICANT_COSTS", "HAZARDS"))
                .evaluate()
                .fires("CTIP-PROHIB-05a.disclosure-incomplete")
                .messageContains("CTIP-PROHIB-05a.disclosure-incomplete", "[HOUSING_AND_COSTS]");
    }

    /** FAR 52.222-50(b)(5)(i) "and, if applicable, the hazardous nature of the work". */
    @Test
    void hazardsNeedNotBeDisclosedForWorkThatIsNotHazardous() {
        SubmissionFixture.compliant().set(DISCLOSURE + "/workHazardous", false)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "HOUSING_AND_COSTS", "SIGNIFICANT_COSTS"))
                .evaluate()
                .doesNotFire("CTIP-PROHIB-05a.disclosure-incomplete")
                .fires("CTIP-PROHIB-05a.met");
    }

    @Test
    void hazardsLeftOutAreAGapForHazardousWork() {
        SubmissionFixture.compliant().set(DISCLOSURE + "/workHazardous", true)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "HOUSING_AND_COSTS", "SIGNIFICANT_COSTS"))
                .evaluate()
                .fires("CTIP-PROHIB-05a.disclosure-incomplete")
                .messageContains("CTIP-PROHIB-05a.disclosure-incomplete", "[HAZARDS]");
    }

    @Test
    void takesWhetherHousingIsProvidedFromThePlanWhenTheDisclosureDoesNotSay() {
        SubmissionFixture.compliant().set("/compliancePlan/housing/providedOrArranged", false)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "SIGNIFICANT_COSTS", "HAZARDS"))
                .evaluate()
                .doesNotFire("CTIP-PROHIB-05a.disclosure-incomplete")
                .doesNotFire("CTIP-PROHIB-05a.conditional-terms-open")
                .fires("CTIP-PROHIB-05a.met");
        SubmissionFixture.compliant().set("/compliancePlan/housing/providedOrArranged", true)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "SIGNIFICANT_COSTS", "HAZARDS"))
                .evaluate()
                .fires("CTIP-PROHIB-05a.disclosure-incomplete");
    }

    @Test
    void theDisclosuresOwnStatementOnHousingPrevailsOverThePlans() {
        SubmissionFixture.compliant().set("/compliancePlan/housing/providedOrArranged", true)
                .set(DISCLOSURE + "/housingProvidedOrArranged", false)
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "SIGNIFICANT_COSTS", "HAZARDS"))
                .evaluate()
                .doesNotFire("CTIP-PROHIB-05a.disclosure-incomplete");
    }

    @Test
    void asksWhetherHousingIsProvidedOrTheWorkHazardousWhenThoseTermsAreLeftOut() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/housing")
                .set(DISCLOSURE + "/covers", List.of("WAGES_AND_BENEFITS", "WORK_LOCATION", "LIVING_CONDITIONS", "SIGNIFICANT_COSTS"))
                .evaluate()
                .fires("CTIP-PROHIB-05a.conditional-terms-open")
                .doesNotFire("CTIP-PROHIB-05a.disclosure-incomplete")
                .doesNotFire("CTIP-PROHIB-05a.met")
                .status("CTIP-PROHIB-05a", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-05a.conditional-terms-open").message()).contains("[HOUSING_AND_COSTS, HAZARDS]");
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

    /** FAR 52.222-50(b)(5)(ii) "Use recruiters that do not comply with local labor laws of the country in which the recruiting takes place". */
    @Test
    void blocksAnUnlicensedRecruiterWhereTheLawRequiresALicenceEvenIfSaidToComply() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/recruiters/0/licensed", false)
                .set("/workforce/recruiters/0/licenceRequired", true).evaluate()
                .fires("CTIP-PROHIB-05b.recruiter-not-compliant")
                .doesNotFire("CTIP-PROHIB-05b.met")
                .doesNotFire("CTIP-PROHIB-05b.compliance-not-stated")
                .status("CTIP-PROHIB-05b", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-05b.recruiter-not-compliant").message())
                .isEqualTo("Recruiter Himalayan Manpower Services Pvt. Ltd. (NP) is not licensed although the law there requires a licence.");
    }

    /** (b)(5)(ii) asks for compliance with local law: where that law requires no licence, lacking one is no breach. */
    @Test
    void anUnlicensedRecruiterWhereNoLicenceIsRequiredAndThatCompliesIsMet() {
        SubmissionFixture.compliant().set("/workforce/recruiters/0/licensed", false)
                .set("/workforce/recruiters/0/licenceRequired", false).evaluate()
                .doesNotFire("CTIP-PROHIB-05b.recruiter-not-compliant")
                .doesNotFire("CTIP-PROHIB-05b.compliance-not-stated")
                .fires("CTIP-PROHIB-05b.met")
                .status("CTIP-PROHIB-05b", Status.MET);
    }

    @Test
    void asksWhetherALicenceIsRequiredWhenAnUnlicensedRecruiterIsSaidToComply() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/recruiters/0/licensed", false).evaluate()
                .fires("CTIP-PROHIB-05b.compliance-not-stated")
                .doesNotFire("CTIP-PROHIB-05b.recruiter-not-compliant")
                .doesNotFire("CTIP-PROHIB-05b.met")
                .status("CTIP-PROHIB-05b", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-05b.compliance-not-stated").message()).contains("requires a licence is not stated");
    }

    @Test
    void anUnlicensedRecruiterWhereNoLicenceIsRequiredStillBreaksLocalLawWhenSaidNotToComply() {
        SubmissionFixture.compliant().set("/workforce/recruiters/0/licensed", false)
                .set("/workforce/recruiters/0/licenceRequired", false)
                .set("/workforce/recruiters/0/compliesWithLocalLaw", false).evaluate()
                .fires("CTIP-PROHIB-05b.recruiter-not-compliant")
                .status("CTIP-PROHIB-05b", Status.NOT_MET);
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
