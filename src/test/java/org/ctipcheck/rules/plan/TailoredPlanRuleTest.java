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

/** rules/plan/ctip-plan-02-tailored.drl: a complete, contract-specific risk assessment. */
class TailoredPlanRuleTest {

    @Test
    void flagsAPlanWithoutARiskAssessment() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/riskAssessment").evaluate()
                .fires("CTIP-PLAN-02.missing")
                .doesNotFire("CTIP-PLAN-02.generic")
                .doesNotFire("CTIP-PLAN-02.met")
                .status("CTIP-PLAN-02", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-02.missing", Severity.MAJOR, "/compliancePlan/riskAssessment");
    }

    @Test
    void doesNotCallAGenericRiskAssessmentMissing() {
        SubmissionFixture.compliant().set("/compliancePlan/riskAssessment/contractSpecific", false).evaluate()
                .doesNotFire("CTIP-PLAN-02.missing")
                .fires("CTIP-PLAN-02.generic");
    }

    @Test
    void flagsARiskAssessmentThatIsNotContractSpecific() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/riskAssessment/contractSpecific", false)
                .evaluate()
                .fires("CTIP-PLAN-02.generic")
                .doesNotFire("CTIP-PLAN-02.incomplete")
                .doesNotFire("CTIP-PLAN-02.met")
                .status("CTIP-PLAN-02", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-02.generic", Severity.MAJOR, "/compliancePlan/riskAssessment/contractSpecific");
    }

    @Test
    void flagsARiskAssessmentThatDoesNotSayItIsContractSpecific() {
        SubmissionFixture.compliant().remove("/compliancePlan/riskAssessment/contractSpecific").evaluate()
                .fires("CTIP-PLAN-02.generic")
                .status("CTIP-PLAN-02", Status.NOT_MET);
    }

    @Test
    void reportsAGenericAssessmentOnlyAsGenericEvenWhenItIsAlsoIncomplete() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/riskAssessment/contractSpecific", false)
                .remove("/compliancePlan/riskAssessment/sectorRisk").evaluate()
                .fires("CTIP-PLAN-02.generic")
                .doesNotFire("CTIP-PLAN-02.incomplete");
        assertThat(result.item("CTIP-PLAN-02").ruleIds()).containsExactly("CTIP-PLAN-02.generic");
    }

    @Test
    void flagsAContractSpecificAssessmentWithoutSectorRisk() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/riskAssessment/sectorRisk").evaluate()
                .fires("CTIP-PLAN-02.incomplete")
                .doesNotFire("CTIP-PLAN-02.generic")
                .doesNotFire("CTIP-PLAN-02.met")
                .status("CTIP-PLAN-02", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-02.incomplete", Severity.MINOR, "/compliancePlan/riskAssessment");
        assertThat(finding.message()).contains("the sector's trafficking risk");
    }

    @Test
    void flagsABlankSectorRisk() {
        SubmissionFixture.compliant().set("/compliancePlan/riskAssessment/sectorRisk", "   ").evaluate()
                .fires("CTIP-PLAN-02.incomplete")
                .status("CTIP-PLAN-02", Status.NOT_MET);
    }

    @Test
    void flagsAnAssessmentThatDoesNotCountNonUsWorkers() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/riskAssessment/nonUsWorkforceExpected")
                .evaluate()
                .fires("CTIP-PLAN-02.incomplete")
                .status("CTIP-PLAN-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-02.incomplete").message()).contains("expected number of non-U.S. workers");
    }

    @Test
    void notesOneNonUsWorkerWithoutCountriesOfRecruitmentAsGoodPracticeOnly() {
        // (h)(2)(ii) names "the number of non-United States citizens expected to be employed", not where they come from.
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/riskAssessment/nonUsWorkforceExpected", 1)
                .set("/compliancePlan/riskAssessment/countriesOfRecruitment", List.of()).evaluate()
                .fires("CTIP-PLAN-02.recruitment-countries-not-stated")
                .doesNotFire("CTIP-PLAN-02.incomplete")
                .doesNotFire("CTIP-PLAN-02.met")
                .status("CTIP-PLAN-02", Status.MET_WITH_ADVICE);
        Finding finding = result.finding("CTIP-PLAN-02.recruitment-countries-not-stated");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).contains("1 non-U.S. workers", "countries they are recruited from");
        assertThat(result.finding("CTIP-PLAN-02.recruitment-countries-not-stated").confidence()).isNotEqualTo(Confidence.VERIFIED);
    }

    @Test
    void reportsOnlyTheTextsGapWhenTheSectorRiskAndTheCountriesAreBothMissing() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/compliancePlan/riskAssessment/countriesOfRecruitment", List.of())
                .remove("/compliancePlan/riskAssessment/sectorRisk").evaluate()
                .fires("CTIP-PLAN-02.incomplete")
                .doesNotFire("CTIP-PLAN-02.recruitment-countries-not-stated");
        assertThat(result.finding("CTIP-PLAN-02.incomplete").severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void needsNoCountriesOfRecruitmentWhenNoNonUsWorkersAreExpected() {
        SubmissionFixture.compliant().set("/compliancePlan/riskAssessment/nonUsWorkforceExpected", 0)
                .remove("/compliancePlan/riskAssessment/countriesOfRecruitment").evaluate()
                .doesNotFire("CTIP-PLAN-02.incomplete")
                .fires("CTIP-PLAN-02.met")
                .status("CTIP-PLAN-02", Status.MET);
    }

    @Test
    void meetsTheRequirementWithACompleteContractSpecificAssessment() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-02.met")
                .doesNotFire("CTIP-PLAN-02.missing")
                .doesNotFire("CTIP-PLAN-02.generic")
                .doesNotFire("CTIP-PLAN-02.incomplete")
                .status("CTIP-PLAN-02", Status.MET);
        assertThat(result.item("CTIP-PLAN-02").reason()).contains("420 non-U.S. workers");
    }
}
