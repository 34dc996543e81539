package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.grant;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * rules/assistance/ctip-grant-04-plan-and-certification.drl: more than $500,000 of services outside the United
 * States (22 U.S.C. 7104a(a)) requires a plan and certifications before award (2023-06-15) and annually.
 */
class PlanAndCertificationRuleTest {

    /** Only the first portion counts (the other is U.S. services). */
    private static SubmissionFixture overseasServices(Object value) {
        return grant().set("/award/portions/0/estimatedValue", value);
    }

    @Test
    void meetsTheRequirementWithAPlanAndTimelyCertifications() {
        grant().evaluate()
                .fires("CTIP-GRANT-04.met")
                .doesNotFire("CTIP-GRANT-04.not-required")
                .doesNotFire("CTIP-GRANT-04.annual-certification-lapsed")
                .doesNotFire("CTIP-GRANT-04.award-date-unknown")
                .doesNotFire("CTIP-GRANT-04.certification-incomplete")
                .doesNotFire("CTIP-GRANT-04.no-plan")
                .doesNotFire("CTIP-GRANT-04.services-value-unknown")
                .doesNotFire("CTIP-GRANT-04.usaid-award")
                .status("CTIP-GRANT-04", Status.MET);
    }

    @Test
    void doesNotRequireCertificationAtExactly500000() {
        overseasServices(500000).remove("/certifications").evaluate()
                .fires("CTIP-GRANT-04.not-required")
                .doesNotFire("CTIP-GRANT-04.no-pre-award-certification")
                .status("CTIP-GRANT-04", Status.NOT_APPLICABLE);
    }

    @Test
    void requiresCertificationAt500001() {
        ResultAssert result = overseasServices(500001).remove("/certifications").evaluate()
                .fires("CTIP-GRANT-04.no-pre-award-certification")
                .doesNotFire("CTIP-GRANT-04.not-required")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-04.no-pre-award-certification").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void countsOnlyServicesNotSupplies() {
        grant().set("/award/portions/0/kind", "SUPPLIES").set("/award/portions/0/cots", false).remove("/certifications").evaluate()
                .fires("CTIP-GRANT-04.not-required")
                .status("CTIP-GRANT-04", Status.NOT_APPLICABLE);
    }

    @Test
    void asksForTheValueOfAnOverseasServicesPortion() {
        overseasServices(null).evaluate()
                .fires("CTIP-GRANT-04.services-value-unknown")
                .doesNotFire("CTIP-GRANT-04.not-required")
                .status("CTIP-GRANT-04", Status.NEEDS_REVIEW);
    }

    @Test
    void blocksAMissingPlan() {
        ResultAssert result = grant().remove("/compliancePlan").evaluate()
                .fires("CTIP-GRANT-04.no-plan")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-04.no-plan").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void acceptsAPreAwardCertificationOnTheDayOfAward() {
        grant().set("/certifications/0/date", "2023-06-15").evaluate()
                .doesNotFire("CTIP-GRANT-04.pre-award-certification-after-award")
                .fires("CTIP-GRANT-04.met");
    }

    @Test
    void flagsAPreAwardCertificationDatedTheDayAfterAward() {
        ResultAssert result = grant().set("/certifications/0/date", "2023-06-16").evaluate()
                .fires("CTIP-GRANT-04.pre-award-certification-after-award")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-04.pre-award-certification-after-award").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void blocksAnIncompleteCertification() {
        grant().set("/certifications/1/statements/monitorDetectTerminate", false).evaluate()
                .fires("CTIP-GRANT-04.certification-incomplete")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NOT_MET);
    }

    @Test
    void doesNotYetRequireAnAnnualCertificationTwelveMonthsAfterAward() {
        // 22 U.S.C. 7104a(a) "annually": the first within twelve months of award; on that day it is not yet overdue.
        grant().remove("/certifications/2").remove("/certifications/1").asOf("2024-06-15").evaluate()
                .doesNotFire("CTIP-GRANT-04.annual-certification-missing")
                .fires("CTIP-GRANT-04.met");
    }

    @Test
    void blocksAMissingAnnualCertificationTheDayAfterTwelveMonths() {
        grant().remove("/certifications/2").remove("/certifications/1").asOf("2024-06-16").evaluate()
                .fires("CTIP-GRANT-04.annual-certification-missing")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NOT_MET);
    }

    @Test
    void flagsALapseOfAnnualCertifications() {
        grant().remove("/certifications/2").evaluate()
                .fires("CTIP-GRANT-04.annual-certification-lapsed")
                .doesNotFire("CTIP-GRANT-04.annual-certification-missing")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NOT_MET);
    }

    @Test
    void asksForTheAwardDate() {
        grant().set("/award/awardDate", null).evaluate()
                .fires("CTIP-GRANT-04.award-date-unknown")
                .doesNotFire("CTIP-GRANT-04.met")
                .status("CTIP-GRANT-04", Status.NEEDS_REVIEW);
    }

    @Test
    void leavesLegacyUsaidAwardsToTheUsaidRequirements() {
        Grants.usaid().remove("/certifications").evaluate()
                .fires("CTIP-GRANT-04.usaid-award")
                .doesNotFire("CTIP-GRANT-04.no-pre-award-certification")
                .status("CTIP-GRANT-04", Status.NOT_APPLICABLE);
    }
}
