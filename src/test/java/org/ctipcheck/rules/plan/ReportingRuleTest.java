package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/plan/ctip-plan-04-reporting.drl: retaliation-free reporting and the Global Human Trafficking Hotline. */
class ReportingRuleTest {

    @Test
    void flagsAPlanWithoutAReportingSection() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/reporting").evaluate()
                .fires("CTIP-PLAN-04.missing")
                .doesNotFire("CTIP-PLAN-04.retaliation-not-prohibited")
                .doesNotFire("CTIP-PLAN-04.hotline-missing-or-outdated")
                .doesNotFire("CTIP-PLAN-04.met")
                .status("CTIP-PLAN-04", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-04.missing", Severity.BLOCKER, "/compliancePlan/reporting/channels");
    }

    @Test
    void flagsAReportingSectionThatNamesNoChannel() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/reporting/channels", List.of())
                .remove("/compliancePlan/reporting/hotlinePhone").evaluate()
                .fires("CTIP-PLAN-04.missing")
                .doesNotFire("CTIP-PLAN-04.hotline-missing-or-outdated")
                .doesNotFire("CTIP-PLAN-04.met")
                .status("CTIP-PLAN-04", Status.NOT_MET);
        assertThat(result.item("CTIP-PLAN-04").ruleIds()).containsExactly("CTIP-PLAN-04.missing");
    }

    @Test
    void acceptsASingleReportingChannel() {
        SubmissionFixture.compliant().set("/compliancePlan/reporting/channels", List.of("site welfare officer")).evaluate()
                .doesNotFire("CTIP-PLAN-04.missing")
                .fires("CTIP-PLAN-04.met")
                .status("CTIP-PLAN-04", Status.MET);
    }

    @Test
    void flagsAReportingProcessWithoutANonRetaliationCommitment() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/reporting/nonRetaliation", false)
                .evaluate()
                .fires("CTIP-PLAN-04.retaliation-not-prohibited")
                .doesNotFire("CTIP-PLAN-04.missing")
                .doesNotFire("CTIP-PLAN-04.met")
                .status("CTIP-PLAN-04", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-04.retaliation-not-prohibited", Severity.MAJOR,
                "/compliancePlan/reporting/nonRetaliation");
    }

    @Test
    void flagsAReportingProcessSilentOnRetaliation() {
        SubmissionFixture.compliant().remove("/compliancePlan/reporting/nonRetaliation").evaluate()
                .fires("CTIP-PLAN-04.retaliation-not-prohibited")
                .status("CTIP-PLAN-04", Status.NOT_MET);
    }

    @Test
    void flagsTheFormerNationalHotlineNumber() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/reporting/hotlinePhone", "1-888-373-7888")
                .evaluate()
                .fires("CTIP-PLAN-04.hotline-missing-or-outdated")
                .doesNotFire("CTIP-PLAN-04.retaliation-not-prohibited")
                .doesNotFire("CTIP-PLAN-04.met")
                .status("CTIP-PLAN-04", Status.NOT_MET);
        // FAR 52.222-50(h)(3)(ii) names the hotline in the minimum element: a missing part of it is MAJOR.
        assertGap(result, "CTIP-PLAN-04.hotline-missing-or-outdated", Severity.MAJOR,
                "/compliancePlan/reporting/hotlinePhone", "/compliancePlan/reporting/hotlineEmail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hotlinePhone", "hotlineEmail"})
    void flagsAMissingHotlineDetail(String field) {
        SubmissionFixture.compliant().remove("/compliancePlan/reporting/" + field).evaluate()
                .fires("CTIP-PLAN-04.hotline-missing-or-outdated")
                .status("CTIP-PLAN-04", Status.NOT_MET);
    }

    /** FAR 52.222-50(h)(3)(ii): "including a means to make available to all employees the hotline phone number ... and its email address". */
    @Test
    void gradesAPlanThatNeverMentionsTheHotlineAsAMissingElement() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/reporting/hotlinePhone")
                .remove("/compliancePlan/reporting/hotlineEmail").evaluate()
                .fires("CTIP-PLAN-04.hotline-missing-or-outdated")
                .doesNotFire("CTIP-PLAN-04.missing")
                .doesNotFire("CTIP-PLAN-04.met")
                .status("CTIP-PLAN-04", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-04.hotline-missing-or-outdated", Severity.MAJOR,
                "/compliancePlan/reporting/hotlinePhone", "/compliancePlan/reporting/hotlineEmail");
    }

    @Test
    void flagsAnOutdatedHotlineEmail() {
        SubmissionFixture.compliant().set("/compliancePlan/reporting/hotlineEmail", "nhtrc@polarisproject.org").evaluate()
                .fires("CTIP-PLAN-04.hotline-missing-or-outdated")
                .status("CTIP-PLAN-04", Status.NOT_MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-844-888-3733", "+1 (844) 888-3733", "1-844-888-free", "844.888.3733"})
    void acceptsTheHotlineNumberWrittenInDigitsOrLetters(String phone) {
        SubmissionFixture.compliant().set("/compliancePlan/reporting/hotlinePhone", phone).evaluate()
                .doesNotFire("CTIP-PLAN-04.hotline-missing-or-outdated")
                .fires("CTIP-PLAN-04.met")
                .status("CTIP-PLAN-04", Status.MET);
    }

    @Test
    void acceptsTheHotlineEmailInAnyCase() {
        SubmissionFixture.compliant().set("/compliancePlan/reporting/hotlineEmail", " Help@BeFree.org ").evaluate()
                .doesNotFire("CTIP-PLAN-04.hotline-missing-or-outdated")
                .status("CTIP-PLAN-04", Status.MET);
    }

    @Test
    void meetsTheRequirementWithRetaliationFreeReportingAndTheCurrentHotline() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-04.met")
                .doesNotFire("CTIP-PLAN-04.missing")
                .doesNotFire("CTIP-PLAN-04.retaliation-not-prohibited")
                .doesNotFire("CTIP-PLAN-04.hotline-missing-or-outdated")
                .status("CTIP-PLAN-04", Status.MET);
        assertThat(result.item("CTIP-PLAN-04").ruleIds()).containsExactly("CTIP-PLAN-04.met");
    }
}
