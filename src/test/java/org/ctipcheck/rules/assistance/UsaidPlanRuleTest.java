package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.usaid;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.junit.jupiter.api.Test;

/** rules/assistance/ctip-usaid-03-plan.drl: an award-specific plan with the five elements. */
class UsaidPlanRuleTest {

    private static void majorGap(ResultAssert result, String ruleId) {
        result.doesNotFire("CTIP-USAID-03.met")
                .status("CTIP-USAID-03", Status.NOT_MET);
        assertThat(result.finding(ruleId).severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void meetsTheRequirementWithTheFiveElements() {
        usaid().evaluate()
                .fires("CTIP-USAID-03.met")
                .doesNotFire("CTIP-USAID-03.no-plan")
                .doesNotFire("CTIP-USAID-03.no-recruitment-wage-plan")
                .doesNotFire("CTIP-USAID-03.no-reporting-process")
                .doesNotFire("CTIP-USAID-03.no-subcontractor-procedures")
                .doesNotFire("CTIP-USAID-03.not-required")
                .doesNotFire("CTIP-USAID-03.not-usaid")
                .doesNotFire("CTIP-USAID-03.services-value-unknown")
                .status("CTIP-USAID-03", Status.MET);
    }

    @Test
    void blocksAMissingPlan() {
        ResultAssert result = usaid().remove("/compliancePlan").evaluate()
                .fires("CTIP-USAID-03.no-plan")
                .doesNotFire("CTIP-USAID-03.no-awareness-program")
                .doesNotFire("CTIP-USAID-03.met")
                .status("CTIP-USAID-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-USAID-03.no-plan").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void flagsAMissingAwarenessProgram() {
        majorGap(usaid().remove("/compliancePlan/awareness")
                .evaluate().fires("CTIP-USAID-03.no-awareness-program"), "CTIP-USAID-03.no-awareness-program");
    }

    @Test
    void flagsAMissingReportingProcess() {
        majorGap(usaid().remove("/compliancePlan/reporting")
                .evaluate().fires("CTIP-USAID-03.no-reporting-process"), "CTIP-USAID-03.no-reporting-process");
    }

    @Test
    void flagsAMissingRecruitmentAndWagePlan() {
        majorGap(usaid().remove("/compliancePlan/recruitmentAndWage")
                .evaluate().fires("CTIP-USAID-03.no-recruitment-wage-plan"), "CTIP-USAID-03.no-recruitment-wage-plan");
    }

    @Test
    void flagsAMissingHousingPlan() {
        majorGap(usaid().remove("/compliancePlan/housing")
                .evaluate().fires("CTIP-USAID-03.no-housing-plan"), "CTIP-USAID-03.no-housing-plan");
    }

    @Test
    void flagsProvidedHousingWithoutANamedStandard() {
        usaid().set("/compliancePlan/housing/standards", null).evaluate()
                .fires("CTIP-USAID-03.no-housing-plan")
                .doesNotFire("CTIP-USAID-03.met");
    }

    @Test
    void acceptsAPlanStatingThatNoHousingIsProvided() {
        usaid().set("/compliancePlan/housing/providedOrArranged", false).set("/compliancePlan/housing/standards", null).evaluate()
                .doesNotFire("CTIP-USAID-03.no-housing-plan")
                .fires("CTIP-USAID-03.met");
    }

    @Test
    void flagsMissingSubcontractorProcedures() {
        majorGap(usaid().remove("/compliancePlan/agentsAndSubcontractors")
                .evaluate().fires("CTIP-USAID-03.no-subcontractor-procedures"), "CTIP-USAID-03.no-subcontractor-procedures");
    }

    @Test
    void doesNotRequireAPlanAtExactly500000() {
        usaid().set("/award/portions/0/estimatedValue", 500000).remove("/compliancePlan").evaluate()
                .fires("CTIP-USAID-03.not-required")
                .doesNotFire("CTIP-USAID-03.no-plan")
                .status("CTIP-USAID-03", Status.NOT_APPLICABLE);
        usaid().set("/award/portions/0/estimatedValue", 500001).remove("/compliancePlan").evaluate()
                .fires("CTIP-USAID-03.no-plan");
    }

    @Test
    void asksForTheValueOfAnOverseasServicesPortion() {
        usaid().set("/award/portions/0/estimatedValue", null).evaluate()
                .fires("CTIP-USAID-03.services-value-unknown")
                .status("CTIP-USAID-03", Status.NEEDS_REVIEW);
    }

    @Test
    void isNotApplicableToANonUsaidGrant() {
        Grants.grant().remove("/compliancePlan").evaluate()
                .fires("CTIP-USAID-03.not-usaid")
                .doesNotFire("CTIP-USAID-03.no-plan")
                .status("CTIP-USAID-03", Status.NOT_APPLICABLE);
    }
}
