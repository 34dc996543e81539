package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * The plan read against the workforce facts the same submission attests (issue 13, item 1): housing actually
 * provided (52.222-50(h)(3)(iv)), recruiters with untrained employees ((h)(3)(iii)), fees charged despite a ban
 * ((h)(3)(iii), (b)(6)) and recruiter agreements without the clause ((i)(1)). The base fixture attests housing,
 * two trained recruiters whose agreements carry the clause, and no fees.
 */
class PlanAgainstAttestedFactsRuleTest {

    // --- CTIP-PLAN-06.housing-attested-plan-silent: FAR 52.222-50(h)(3)(iv) ---

    @Test
    void housingAttestedWhileThePlanSaysNoneIsProvidedLacksAHousingPlan() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/housing/providedOrArranged", false).evaluate()
                .fires("CTIP-PLAN-06.housing-attested-plan-silent")
                .doesNotFire("CTIP-PLAN-06.no-housing")
                .status("CTIP-PLAN-06", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-PLAN-06.housing-attested-plan-silent");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(Findings.pointers(finding))
                .containsExactly("/workforce/housingConditions", "/compliancePlan/housing/providedOrArranged");
    }

    @Test
    void housingAttestedWhileThePlanIsSilentLacksAHousingPlan() {
        SubmissionFixture.compliant().remove("/compliancePlan/housing").evaluate()
                .fires("CTIP-PLAN-06.housing-attested-plan-silent")
                .doesNotFire("CTIP-PLAN-06.section-missing")
                .status("CTIP-PLAN-06", Status.NOT_MET);
    }

    @Test
    void withoutAttestedHousingAPlanSayingNoneIsProvidedIsConsistent() {
        SubmissionFixture.compliant().set("/compliancePlan/housing/providedOrArranged", false)
                .remove("/workforce/housingConditions").evaluate()
                .doesNotFire("CTIP-PLAN-06.housing-attested-plan-silent")
                .fires("CTIP-PLAN-06.no-housing")
                .status("CTIP-PLAN-06", Status.NOT_APPLICABLE);
    }

    @Test
    void attestedHousingWithAPlanProvidingHousingIsConsistent() {
        SubmissionFixture.compliant().evaluate()
                .doesNotFire("CTIP-PLAN-06.housing-attested-plan-silent")
                .fires("CTIP-PLAN-06.met");
    }

    // --- CTIP-PLAN-05a.untrained-recruiter-used: FAR 52.222-50(h)(3)(iii) ---

    @Test
    void aRecruiterWithUntrainedEmployeesContradictsTheRecruitmentPlan() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/recruiters/1/employeesTrained", false).evaluate()
                .fires("CTIP-PLAN-05a.untrained-recruiter-used")
                .doesNotFire("CTIP-PLAN-05a.met")
                .status("CTIP-PLAN-05a", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-PLAN-05a.untrained-recruiter-used");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.message()).contains("Dhaka Overseas Recruiting Ltd.");
        assertThat(Findings.pointers(finding)).containsExactly("/workforce/recruiters/1/employeesTrained");
    }

    @Test
    void aRecruiterWhoseTrainingIsNotStatedIsNoContradiction() {
        SubmissionFixture.compliant().set("/workforce/recruiters/1/employeesTrained", null).evaluate()
                .doesNotFire("CTIP-PLAN-05a.untrained-recruiter-used")
                .fires("CTIP-PLAN-05a.met");
    }

    // --- CTIP-PLAN-05b.ban-not-applied: FAR 52.222-50(h)(3)(iii), (b)(6) ---

    @Test
    void aFeeChargedToWorkersDespiteTheBanShowsTheBanIsNotApplied() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/workforce/feesChargedToWorkers", List.of(fee("WAGE_DEDUCTIONS", "visa processing", 900)))
                .evaluate()
                .fires("CTIP-PLAN-05b.ban-not-applied")
                .fires("CTIP-PROHIB-06.fee-charged")
                .doesNotFire("CTIP-PLAN-05b.met")
                .status("CTIP-PLAN-05b", Status.NOT_MET);
        Finding finding = result.finding("CTIP-PLAN-05b.ban-not-applied");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.message()).contains("visa processing");
        assertThat(Findings.pointers(finding))
                .containsExactly("/compliancePlan/recruitmentAndWage/recruitmentFeeBan", "/workforce/feesChargedToWorkers/0");
    }

    @Test
    void noFeeChargedLeavesTheBanMet() {
        SubmissionFixture.compliant().evaluate()
                .doesNotFire("CTIP-PLAN-05b.ban-not-applied")
                .fires("CTIP-PLAN-05b.met");
    }

    // --- CTIP-FLOW-01.recruiter-agreement-without-clause: FAR 52.222-50(i)(1), (a) "Agent" ---

    @Test
    void aRecruiterAgreementWithoutTheClauseIsAFlowDownGap() {
        ResultAssert result = SubmissionFixture.compliant().set("/workforce/recruiters/1/agreementIncludesClause", false)
                .evaluate()
                .fires("CTIP-FLOW-01.recruiter-agreement-without-clause")
                .doesNotFire("CTIP-FLOW-01.met")
                .status("CTIP-FLOW-01", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-FLOW-01.recruiter-agreement-without-clause");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(Findings.pointers(finding)).containsExactly("/workforce/recruiters/1/agreementIncludesClause");
    }

    @Test
    void aRecruiterAgreementWithoutTheClauseIsAGapEvenWithNoSubcontractListed() {
        SubmissionFixture.compliant().remove("/subcontracts").set("/workforce/recruiters/0/agreementIncludesClause", false)
                .evaluate()
                .fires("CTIP-FLOW-01.recruiter-agreement-without-clause")
                .doesNotFire("CTIP-FLOW-01.no-subcontracts")
                .status("CTIP-FLOW-01", Status.NOT_MET);
    }

    @Test
    void recruiterAgreementsCarryingTheClauseAreNoGap() {
        SubmissionFixture.compliant().evaluate()
                .doesNotFire("CTIP-FLOW-01.recruiter-agreement-without-clause")
                .fires("CTIP-FLOW-01.met");
    }

    private static Map<String, Object> fee(String form, String description, Integer amount) {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("form", form);
        fee.put("description", description);
        fee.put("amountUsd", amount);
        fee.put("chargedBy", "Dhaka Overseas Recruiting Ltd.");
        return fee;
    }
}
