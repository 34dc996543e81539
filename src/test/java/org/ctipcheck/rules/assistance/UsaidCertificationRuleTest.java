package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.usaid;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.junit.jupiter.api.Test;

/** rules/assistance/ctip-usaid-02-certification.drl: ADS 303mav certification before award (2023-06-15) and annually. */
class UsaidCertificationRuleTest {

    @Test
    void meetsTheRequirementWithTimelyCertifications() {
        usaid().evaluate()
                .fires("CTIP-USAID-02.met")
                .doesNotFire("CTIP-USAID-02.annual-certification-lapsed")
                .doesNotFire("CTIP-USAID-02.annual-certification-missing")
                .doesNotFire("CTIP-USAID-02.award-date-unknown")
                .doesNotFire("CTIP-USAID-02.certification-incomplete")
                .doesNotFire("CTIP-USAID-02.not-required")
                .doesNotFire("CTIP-USAID-02.pre-award-certification-after-award")
                .doesNotFire("CTIP-USAID-02.services-value-unknown")
                .doesNotFire("CTIP-USAID-02.not-usaid")
                .status("CTIP-USAID-02", Status.MET);
    }

    @Test
    void doesNotRequireCertificationAtExactly500000() {
        usaid().set("/award/portions/0/estimatedValue", 500000).remove("/certifications").evaluate()
                .fires("CTIP-USAID-02.not-required")
                .doesNotFire("CTIP-USAID-02.no-pre-award-certification")
                .status("CTIP-USAID-02", Status.NOT_APPLICABLE);
    }

    @Test
    void blocksAMissingPreAwardCertificationAt500001() {
        ResultAssert result = usaid().set("/award/portions/0/estimatedValue", 500001).remove("/certifications").evaluate()
                .fires("CTIP-USAID-02.no-pre-award-certification")
                .fires("CTIP-USAID-02.annual-certification-missing")
                .doesNotFire("CTIP-USAID-02.met")
                .status("CTIP-USAID-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-USAID-02.no-pre-award-certification").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void asksForTheValueOfAnOverseasServicesPortion() {
        usaid().set("/award/portions/0/estimatedValue", null).evaluate()
                .fires("CTIP-USAID-02.services-value-unknown")
                .status("CTIP-USAID-02", Status.NEEDS_REVIEW);
    }

    @Test
    void flagsAPreAwardCertificationDatedAfterAward() {
        usaid().set("/certifications/0/date", "2023-06-16").evaluate()
                .fires("CTIP-USAID-02.pre-award-certification-after-award")
                .doesNotFire("CTIP-USAID-02.met");
    }

    @Test
    void blocksAnUnsignedCertification() {
        usaid().set("/certifications/2/signer/name", "").evaluate()
                .fires("CTIP-USAID-02.certification-incomplete")
                .doesNotFire("CTIP-USAID-02.met");
    }

    @Test
    void flagsALapseOfAnnualCertifications() {
        usaid().remove("/certifications/2").evaluate()
                .fires("CTIP-USAID-02.annual-certification-lapsed")
                .doesNotFire("CTIP-USAID-02.met")
                .status("CTIP-USAID-02", Status.NOT_MET);
    }

    @Test
    void asksForTheAwardDate() {
        usaid().set("/award/awardDate", null).evaluate()
                .fires("CTIP-USAID-02.award-date-unknown")
                .doesNotFire("CTIP-USAID-02.met");
    }

    @Test
    void isNotApplicableToANonUsaidGrant() {
        Grants.grant().remove("/certifications").evaluate()
                .fires("CTIP-USAID-02.not-usaid")
                .doesNotFire("CTIP-USAID-02.no-pre-award-certification")
                .status("CTIP-USAID-02", Status.NOT_APPLICABLE);
    }
}
