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

    /** 22 U.S.C. 7104a(a) "exceeds $500,000", counted in services: $500,000 is not covered, $500,001 is. */
    @Test
    void doesNotCoverASubcontractWithExactly500000OfServices() {
        usaid().set("/subcontracts/0/servicesValueOutsideUnitedStates", 500000).set("/subcontracts/0/subcontractorHasPlan", false).evaluate()
                .fires("CTIP-USAID-05.no-covered-subs")
                .doesNotFire("CTIP-USAID-05.sub-without-plan")
                .status("CTIP-USAID-05", Status.NOT_APPLICABLE);
        usaid().set("/subcontracts/0/servicesValueOutsideUnitedStates", 500001).set("/subcontracts/0/subcontractorHasPlan", false).evaluate()
                .fires("CTIP-USAID-05.sub-without-plan");
    }

    /** Supplies never count toward the $500,000 test: $1.2M outside the U.S. of which $400,000 is services is not covered. */
    @Test
    void countsOnlyServicesTowardThe500000Test() {
        usaid().set("/subcontracts/0/servicesValueOutsideUnitedStates", 400000).set("/subcontracts/0/subcontractorHasPlan", false).evaluate()
                .fires("CTIP-USAID-05.no-covered-subs")
                .doesNotFire("CTIP-USAID-05.sub-without-plan")
                .doesNotFire("CTIP-USAID-05.sub-value-unknown")
                .status("CTIP-USAID-05", Status.NOT_APPLICABLE);
    }

    @Test
    void asksForTheServicesValueOfASubawardWhoseOutsideValueExceeds500000() {
        ResultAssert result = usaid().remove("/subcontracts/0/servicesValueOutsideUnitedStates").evaluate()
                .fires("CTIP-USAID-05.sub-value-unknown")
                .doesNotFire("CTIP-USAID-05.sub-without-plan")
                .doesNotFire("CTIP-USAID-05.met")
                .status("CTIP-USAID-05", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-USAID-05.sub-value-unknown").message()).contains("$1,200,000 of supplies and services");
        // An outside value of $500,000 or less rules coverage out without the services value.
        usaid().remove("/subcontracts/0/servicesValueOutsideUnitedStates").set("/subcontracts/0/coveredValue", 500000).evaluate()
                .doesNotFire("CTIP-USAID-05.sub-value-unknown")
                .fires("CTIP-USAID-05.no-covered-subs");
    }

    @Test
    void asksForTheOutsideUsValueOfASubaward() {
        usaid().remove("/subcontracts/0/servicesValueOutsideUnitedStates").set("/subcontracts/0/coveredValue", null).evaluate()
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
