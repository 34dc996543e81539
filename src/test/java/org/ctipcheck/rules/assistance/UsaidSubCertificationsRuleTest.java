package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.usaid;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.junit.jupiter.api.Test;

/**
 * rules/assistance/ctip-usaid-05-sub-certifications.drl: subawardees and contractors above $500,000 outside the
 * United States have a plan and certify before award and annually (MGB-SC-011: $1.2M, last certified 2025-08-20).
 */
class UsaidSubCertificationsRuleTest {

    @Test
    void meetsTheRequirementWhenTheCoveredSubcontractorHasAPlanAndCertifiedWithinAYear() {
        usaid().evaluate()
                .fires("CTIP-USAID-05.met")
                .doesNotFire("CTIP-USAID-05.no-covered-subs")
                .doesNotFire("CTIP-USAID-05.not-usaid")
                .doesNotFire("CTIP-USAID-05.sub-value-unknown")
                .doesNotFire("CTIP-USAID-05.sub-without-certification")
                .status("CTIP-USAID-05", Status.MET);
    }

    @Test
    void flagsACoveredSubcontractorWithoutAPlan() {
        ResultAssert result = usaid().set("/subcontracts/0/subcontractorHasPlan", false).evaluate()
                .fires("CTIP-USAID-05.sub-without-plan")
                .doesNotFire("CTIP-USAID-05.met")
                .status("CTIP-USAID-05", Status.NOT_MET);
        assertThat(result.finding("CTIP-USAID-05.sub-without-plan").severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void flagsACoveredSubcontractorThatNeverCertified() {
        usaid().set("/subcontracts/0/preAwardCertificationOn", null).evaluate()
                .fires("CTIP-USAID-05.sub-without-certification")
                .doesNotFire("CTIP-USAID-05.met");
    }

    @Test
    void acceptsTheLastAnnualCertificationExactlyAYearOldAndFlagsItADayLater() {
        usaid().asOf("2026-08-20").evaluate()
                .doesNotFire("CTIP-USAID-05.sub-annual-certification-overdue");
        usaid().asOf("2026-08-21").evaluate()
                .fires("CTIP-USAID-05.sub-annual-certification-overdue")
                .doesNotFire("CTIP-USAID-05.met")
                .status("CTIP-USAID-05", Status.NOT_MET);
    }

    @Test
    void doesNotCoverASubcontractAtExactly500000() {
        usaid().set("/subcontracts/0/coveredValue", 500000).set("/subcontracts/0/subcontractorHasPlan", false).evaluate()
                .fires("CTIP-USAID-05.no-covered-subs")
                .doesNotFire("CTIP-USAID-05.sub-without-plan")
                .status("CTIP-USAID-05", Status.NOT_APPLICABLE);
        usaid().set("/subcontracts/0/coveredValue", 500001).set("/subcontracts/0/subcontractorHasPlan", false).evaluate()
                .fires("CTIP-USAID-05.sub-without-plan");
    }

    @Test
    void asksForTheOutsideUsValueOfASubaward() {
        usaid().set("/subcontracts/0/coveredValue", null).evaluate()
                .fires("CTIP-USAID-05.sub-value-unknown")
                .doesNotFire("CTIP-USAID-05.met")
                .status("CTIP-USAID-05", Status.NEEDS_REVIEW);
    }

    @Test
    void isNotApplicableToANonUsaidGrant() {
        Grants.grant().set("/subcontracts/0/subcontractorHasPlan", false).evaluate()
                .fires("CTIP-USAID-05.not-usaid")
                .doesNotFire("CTIP-USAID-05.sub-without-plan")
                .status("CTIP-USAID-05", Status.NOT_APPLICABLE);
    }
}
