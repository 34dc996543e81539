package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.FeeCategory;
import org.ctipcheck.submission.FeeForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules/plan/ctip-plan-05-recruitment-and-wage.drl: trained recruiters (05a), no fees (05b), lawful wages (05c). */
class RecruitmentAndWageRuleTest {
    private static final String SECTION = "/compliancePlan/recruitmentAndWage";

    private static List<String> allFeeCategoriesExcept(FeeCategory left) {
        List<String> categories = new ArrayList<>(Arrays.stream(FeeCategory.values()).map(FeeCategory::name).toList());
        if (left != null) {
            categories.remove(left.name());
        }
        return categories;
    }

    private static List<String> allFeeFormsExcept(FeeForm left) {
        List<String> forms = new ArrayList<>(Arrays.stream(FeeForm.values()).map(FeeForm::name).toList());
        if (left != null) {
            forms.remove(left.name());
        }
        return forms;
    }

    @Test
    void flagsEveryPartWhenThePlanHasNoRecruitmentAndWageSection() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION).evaluate()
                .fires("CTIP-PLAN-05a.missing")
                .fires("CTIP-PLAN-05b.no-fee-ban")
                .fires("CTIP-PLAN-05c.not-addressed")
                .doesNotFire("CTIP-PLAN-05b.workers-pay-fees")
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete")
                .status("CTIP-PLAN-05a", Status.NOT_MET)
                .status("CTIP-PLAN-05b", Status.NOT_MET)
                .status("CTIP-PLAN-05c", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-05a.missing", Severity.MAJOR, SECTION + "/trainedRecruitersOnly");
        assertGap(result, "CTIP-PLAN-05b.no-fee-ban", Severity.BLOCKER, SECTION + "/recruitmentFeeBan");
        assertGap(result, "CTIP-PLAN-05c.not-addressed", Severity.MAJOR, SECTION + "/wagesMeetHostCountryLaw");
    }

    // --- 05a ---

    @Test
    void flagsAPlanThatDoesNotLimitRecruitmentToTrainedRecruiters() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/trainedRecruitersOnly", false).evaluate()
                .fires("CTIP-PLAN-05a.missing")
                .doesNotFire("CTIP-PLAN-05a.met")
                .status("CTIP-PLAN-05a", Status.NOT_MET)
                .status("CTIP-PLAN-05b", Status.MET)
                .status("CTIP-PLAN-05c", Status.MET);
        assertGap(result, "CTIP-PLAN-05a.missing", Severity.MAJOR, SECTION + "/trainedRecruitersOnly");
    }

    @Test
    void flagsAPlanSilentOnTrainedRecruiters() {
        SubmissionFixture.compliant().remove(SECTION + "/trainedRecruitersOnly").evaluate()
                .fires("CTIP-PLAN-05a.missing")
                .doesNotFire("CTIP-PLAN-05a.met")
                .status("CTIP-PLAN-05a", Status.NOT_MET);
    }

    @Test
    void meetsTheTrainedRecruiterRequirement() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-05a.met")
                .doesNotFire("CTIP-PLAN-05a.missing")
                .status("CTIP-PLAN-05a", Status.MET);
        assertThat(result.item("CTIP-PLAN-05a").evidence()).extracting(e -> e.pointer())
                .containsExactly(SECTION + "/trainedRecruitersOnly");
    }

    // --- 05b ---

    @Test
    void flagsAPlanThatDoesNotBanRecruitmentFees() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/recruitmentFeeBan", false).evaluate()
                .fires("CTIP-PLAN-05b.no-fee-ban")
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete")
                .doesNotFire("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-05b.no-fee-ban", Severity.BLOCKER, SECTION + "/recruitmentFeeBan");
    }

    @Test
    void flagsAPlanSilentOnRecruitmentFees() {
        SubmissionFixture.compliant().remove(SECTION + "/recruitmentFeeBan").evaluate()
                .fires("CTIP-PLAN-05b.no-fee-ban")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
    }

    @Test
    void flagsABanThatStillLetsWorkersPayFees() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/workersMayPayFees", true).evaluate()
                .fires("CTIP-PLAN-05b.workers-pay-fees")
                .doesNotFire("CTIP-PLAN-05b.no-fee-ban")
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete")
                .doesNotFire("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-05b.workers-pay-fees", Severity.BLOCKER, SECTION + "/workersMayPayFees");
        assertThat(result.item("CTIP-PLAN-05b").ruleIds()).containsExactly("CTIP-PLAN-05b.workers-pay-fees");
    }

    @Test
    void reportsWorkersPayingFeesOnceWhenThereIsNoBanEither() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/recruitmentFeeBan", false)
                .set(SECTION + "/workersMayPayFees", true).evaluate()
                .fires("CTIP-PLAN-05b.workers-pay-fees")
                .doesNotFire("CTIP-PLAN-05b.no-fee-ban")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
        assertThat(result.item("CTIP-PLAN-05b").ruleIds()).containsExactly("CTIP-PLAN-05b.workers-pay-fees");
    }

    @Test
    void acceptsABanThatSaysWorkersNeverPayFees() {
        SubmissionFixture.compliant().set(SECTION + "/workersMayPayFees", false).evaluate()
                .doesNotFire("CTIP-PLAN-05b.workers-pay-fees")
                .fires("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.MET);
    }

    @ParameterizedTest
    @EnumSource(FeeForm.class)
    void flagsABanThatNamesEveryFeeFormButOne(FeeForm left) {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/feeBanUsesFarDefinition", false)
                .set(SECTION + "/feeBanCovers", allFeeFormsExcept(left))
                .set(SECTION + "/feeBanCategories", allFeeCategoriesExcept(null)).evaluate()
                .fires("CTIP-PLAN-05b.ban-incomplete")
                .doesNotFire("CTIP-PLAN-05b.no-fee-ban")
                .doesNotFire("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-05b.ban-incomplete", Severity.MAJOR, SECTION + "/feeBanCovers",
                SECTION + "/feeBanUsesFarDefinition");
        assertThat(finding.message()).isEqualTo("The fee ban does not reach: " + left.description()
                + ". Workers could still pay fees that way.");
    }

    @Test
    void flagsABanThatNeitherAdoptsTheFarDefinitionNorNamesAnyForm() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/feeBanUsesFarDefinition").evaluate()
                .fires("CTIP-PLAN-05b.ban-incomplete")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-05b.ban-incomplete").message()).contains(FeeForm.WAGE_DEDUCTIONS.description());
    }

    @Test
    void acceptsABanThatNamesEveryFeeFormAndEveryKindOfFee() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/feeBanUsesFarDefinition", false)
                .set(SECTION + "/feeBanCovers", allFeeFormsExcept(null))
                .set(SECTION + "/feeBanCategories", allFeeCategoriesExcept(null)).evaluate()
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete")
                .doesNotFire("CTIP-PLAN-05b.ban-misses-fee-categories")
                .doesNotFire("CTIP-PLAN-05b.fee-categories-not-stated")
                .fires("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.MET);
        assertThat(result.item("CTIP-PLAN-05b").reason()).contains("every form");
    }

    /**
     * FAR 52.222-50(a) "recruitment fees" (1)(i)-(xiii): each of the thirteen kinds of fee, left out of a ban that names
     * its fees, is a gap (skills tests, medical examinations, visas, levies, transit subsistence, equipment ...).
     */
    @ParameterizedTest
    @EnumSource(FeeCategory.class)
    void flagsABanThatNamesEveryKindOfFeeButOne(FeeCategory left) {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/feeBanUsesFarDefinition", false)
                .set(SECTION + "/feeBanCovers", allFeeFormsExcept(null))
                .set(SECTION + "/feeBanCategories", allFeeCategoriesExcept(left)).evaluate()
                .fires("CTIP-PLAN-05b.ban-misses-fee-categories")
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete")
                .doesNotFire("CTIP-PLAN-05b.fee-categories-not-stated")
                .doesNotFire("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-05b.ban-misses-fee-categories", Severity.MAJOR, SECTION + "/feeBanCategories",
                SECTION + "/feeBanUsesFarDefinition");
        assertThat(finding.message()).contains(left.paragraph() + " " + left.description()).doesNotContain(";");
    }

    /** A ban that names its ways of paying but not the kinds of fee it reaches: whether it reaches them is unknown. */
    @Test
    void asksWhichKindsOfFeeABanReachesWhenItDoesNotSay() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/feeBanUsesFarDefinition", false)
                .set(SECTION + "/feeBanCovers", allFeeFormsExcept(null)).evaluate()
                .fires("CTIP-PLAN-05b.fee-categories-not-stated")
                .doesNotFire("CTIP-PLAN-05b.ban-misses-fee-categories")
                .doesNotFire("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PLAN-05b.fee-categories-not-stated").severity()).isEqualTo(Severity.INFO);
    }

    /** An empty list of kinds of fee is stated: it names none of the thirteen. */
    @Test
    void flagsABanThatListsNoKindOfFee() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/feeBanUsesFarDefinition", false)
                .set(SECTION + "/feeBanCovers", allFeeFormsExcept(null))
                .set(SECTION + "/feeBanCategories", List.of()).evaluate()
                .fires("CTIP-PLAN-05b.ban-misses-fee-categories")
                .doesNotFire("CTIP-PLAN-05b.fee-categories-not-stated");
        assertThat(result.finding("CTIP-PLAN-05b.ban-misses-fee-categories").message())
                .contains("(1)(i) ").contains("(1)(xiii) equipment charges");
    }

    /** Adopting the FAR definition reaches every kind of fee whatever the lists say. */
    @Test
    void theFarDefinitionReachesEveryKindOfFee() {
        SubmissionFixture.compliant().set(SECTION + "/feeBanCategories", List.of("VISAS")).evaluate()
                .doesNotFire("CTIP-PLAN-05b.ban-misses-fee-categories")
                .doesNotFire("CTIP-PLAN-05b.fee-categories-not-stated")
                .fires("CTIP-PLAN-05b.met");
    }

    @Test
    void meetsTheFeeRequirementWithABanUnderTheFarDefinition() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-05b.met")
                .doesNotFire("CTIP-PLAN-05b.no-fee-ban")
                .doesNotFire("CTIP-PLAN-05b.workers-pay-fees")
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete")
                .status("CTIP-PLAN-05b", Status.MET);
        assertThat(result.item("CTIP-PLAN-05b").reason()).contains("full FAR 52.222-50(a) definition");
    }

    // --- 05c ---

    @Test
    void flagsWagesBelowHostCountryLawWithoutAnExplanation() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/wagesMeetHostCountryLaw", false).evaluate()
                .fires("CTIP-PLAN-05c.not-addressed")
                .doesNotFire("CTIP-PLAN-05c.met")
                .status("CTIP-PLAN-05c", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-05c.not-addressed", Severity.MAJOR, SECTION + "/wagesMeetHostCountryLaw");
    }

    @Test
    void flagsABlankWageVarianceExplanation() {
        SubmissionFixture.compliant().remove(SECTION + "/wagesMeetHostCountryLaw")
                .set(SECTION + "/wageVarianceExplanation", "  ").evaluate()
                .fires("CTIP-PLAN-05c.not-addressed")
                .status("CTIP-PLAN-05c", Status.NOT_MET);
    }

    @Test
    void acceptsAnExplainedWageVariance() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/wagesMeetHostCountryLaw", false)
                .set(SECTION + "/wageVarianceExplanation", "Apprentices are paid the statutory training rate").evaluate()
                .doesNotFire("CTIP-PLAN-05c.not-addressed")
                .fires("CTIP-PLAN-05c.met")
                .status("CTIP-PLAN-05c", Status.MET);
        assertThat(result.item("CTIP-PLAN-05c").reason()).contains("Wage variance explained: Apprentices");
    }

    @Test
    void meetsTheWageRequirementWhenWagesMeetHostCountryLaw() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-05c.met")
                .doesNotFire("CTIP-PLAN-05c.not-addressed")
                .status("CTIP-PLAN-05c", Status.MET);
        assertThat(result.item("CTIP-PLAN-05c").reason()).isEqualTo("Wages meet host-country legal requirements.");
    }
}
