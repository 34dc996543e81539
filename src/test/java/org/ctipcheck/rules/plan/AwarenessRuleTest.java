package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;

import java.util.List;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/plan/ctip-plan-03-awareness.drl: an awareness program covering policy, prohibitions and consequences. */
class AwarenessRuleTest {

    @Test
    void flagsAPlanWithoutAnAwarenessProgram() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/awareness").evaluate()
                .fires("CTIP-PLAN-03.missing")
                .doesNotFire("CTIP-PLAN-03.content-incomplete")
                .doesNotFire("CTIP-PLAN-03.delivery-undocumented")
                .doesNotFire("CTIP-PLAN-03.met")
                .status("CTIP-PLAN-03", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-03.missing", Severity.BLOCKER, "/compliancePlan/awareness");
    }

    @Test
    void treatsAnAwarenessSectionThatCoversNoneOfTheThreeItemsAsMissing() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/compliancePlan/awareness/coversPolicy", false)
                .set("/compliancePlan/awareness/coversProhibitedActivities", null)
                .set("/compliancePlan/awareness/coversConsequences", false)
                .evaluate()
                .fires("CTIP-PLAN-03.missing")
                .doesNotFire("CTIP-PLAN-03.content-incomplete")
                .status("CTIP-PLAN-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-03.missing").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void doesNotCallAnIncompleteAwarenessProgramMissing() {
        SubmissionFixture.compliant().set("/compliancePlan/awareness/coversPolicy", false).evaluate()
                .doesNotFire("CTIP-PLAN-03.missing")
                .fires("CTIP-PLAN-03.content-incomplete");
    }

    @ParameterizedTest
    @CsvSource({
        "coversPolicy, the U.S. Government's policy",
        "coversProhibitedActivities, the prohibited activities of 52.222-50(b)",
        "coversConsequences, the consequences of violations"})
    void flagsAnAwarenessProgramThatLeavesOutOneContentItem(String field, String missing) {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/awareness/" + field, false).evaluate()
                .fires("CTIP-PLAN-03.content-incomplete")
                .doesNotFire("CTIP-PLAN-03.delivery-undocumented")
                .doesNotFire("CTIP-PLAN-03.met")
                .status("CTIP-PLAN-03", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-03.content-incomplete", Severity.MINOR,
                "/compliancePlan/awareness/coversPolicy", "/compliancePlan/awareness/coversProhibitedActivities",
                "/compliancePlan/awareness/coversConsequences");
        assertThat(finding.message()).isEqualTo("The awareness program does not cover " + missing + ".");
    }

    @Test
    void flagsAnAwarenessProgramSilentOnConsequences() {
        SubmissionFixture.compliant().remove("/compliancePlan/awareness/coversConsequences").evaluate()
                .fires("CTIP-PLAN-03.content-incomplete")
                .status("CTIP-PLAN-03", Status.NOT_MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"delivery", "frequency", "languages", "attendanceRecords"})
    void flagsAnAwarenessProgramWithUndocumentedDelivery(String field) {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/awareness/" + field).evaluate()
                .fires("CTIP-PLAN-03.delivery-undocumented")
                .doesNotFire("CTIP-PLAN-03.content-incomplete")
                .doesNotFire("CTIP-PLAN-03.met")
                .status("CTIP-PLAN-03", Status.MET_WITH_ADVICE);
        // Good practice only: (h)(3)(i) names no delivery method, frequency, languages or records.
        assertGap(result, "CTIP-PLAN-03.delivery-undocumented", Severity.INFO, "/compliancePlan/awareness");
        assertThat(result.finding("CTIP-PLAN-03.delivery-undocumented").confidence()).isNotEqualTo(Confidence.VERIFIED);
    }

    @Test
    void flagsAnAwarenessProgramThatKeepsNoAttendanceRecords() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/awareness/attendanceRecords", false)
                .evaluate()
                .fires("CTIP-PLAN-03.delivery-undocumented")
                .status("CTIP-PLAN-03", Status.MET_WITH_ADVICE);
        assertThat(result.finding("CTIP-PLAN-03.delivery-undocumented").message()).contains("attendance records");
    }

    @Test
    void flagsABlankFrequencyAndNoLanguages() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/awareness/frequency", " ")
                .set("/compliancePlan/awareness/languages", List.of()).evaluate()
                .fires("CTIP-PLAN-03.delivery-undocumented");
        assertThat(result.finding("CTIP-PLAN-03.delivery-undocumented").message())
                .isEqualTo("Good practice: the awareness program does not document how often, in which languages"
                        + " (the clause does not require these details).");
    }

    @Test
    void acceptsASingleDeliveryMethodAndLanguage() {
        SubmissionFixture.compliant().set("/compliancePlan/awareness/delivery", List.of("e-learning"))
                .set("/compliancePlan/awareness/languages", List.of("en")).evaluate()
                .doesNotFire("CTIP-PLAN-03.delivery-undocumented")
                .fires("CTIP-PLAN-03.met")
                .status("CTIP-PLAN-03", Status.MET);
    }

    @Test
    void meetsTheRequirementWithACompleteDocumentedProgram() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-03.met")
                .doesNotFire("CTIP-PLAN-03.missing")
                .doesNotFire("CTIP-PLAN-03.content-incomplete")
                .doesNotFire("CTIP-PLAN-03.delivery-undocumented")
                .status("CTIP-PLAN-03", Status.MET);
        assertThat(result.item("CTIP-PLAN-03").ruleIds()).containsExactly("CTIP-PLAN-03.met");
    }
}
