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
import org.ctipcheck.submission.FeeForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules/plan/ctip-plan-05-recruitment-and-wage.drl: trained recruiters (05a), no fees (05b), lawful wages (05c). */
class RecruitmentAndWageRuleTest {
    private static final String SECTION = "/compliancePlan/recruitmentAndWage";

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
                .set(SECTION + "/feeBanCovers", allFeeFormsExcept(left)).evaluate()
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
    void acceptsABanThatNamesEveryFeeForm() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/feeBanUsesFarDefinition", false)
                .set(SECTION + "/feeBanCovers", allFeeFormsExcept(null)).evaluate()
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete")
                .fires("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.MET);
        assertThat(result.item("CTIP-PLAN-05b").reason()).contains("every form");
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
