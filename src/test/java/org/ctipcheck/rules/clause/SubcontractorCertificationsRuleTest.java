package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class SubcontractorCertificationsRuleTest {
    private static final String PRE_AWARD = "/subcontracts/0/preAwardCertificationOn";
    private static final String ANNUAL = "/subcontracts/0/latestAnnualCertificationOn";
    private static final String AWARDED = "/subcontracts/0/awardedOn";

    @Test
    void meetsTheRequirementWhenTheCoveredSubcontractorCertifiedBeforeAwardAndThisYear() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-FLOW-03.met")
                .doesNotFire("CTIP-FLOW-03.pre-award-missing")
                .doesNotFire("CTIP-FLOW-03.annual-lapsed")
                .doesNotFire("CTIP-FLOW-03.award-date-missing")
                .doesNotFire("CTIP-FLOW-03.clause-date-missing")
                .doesNotFire("CTIP-FLOW-03.covered-value-missing")
                .doesNotFire("CTIP-FLOW-03.no-covered-subcontract")
                .doesNotFire("CTIP-FLOW-03.no-plan-paragraph")
                .doesNotFire("CTIP-FLOW-03.no-subcontracts")
                .status("CTIP-FLOW-03", Status.MET);
    }

    @Test
    void blocksACoveredSubcontractWithoutAPreAwardCertification() {
        ResultAssert result = SubmissionFixture.compliant().set(PRE_AWARD, null).evaluate()
                .fires("CTIP-FLOW-03.pre-award-missing")
                .doesNotFire("CTIP-FLOW-03.met")
                .status("CTIP-FLOW-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-FLOW-03.pre-award-missing").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void aCertificationOnTheAwardDayCountsAsBeforeAward() {
        SubmissionFixture.compliant().set(PRE_AWARD, "2023-09-01").evaluate()
                .doesNotFire("CTIP-FLOW-03.pre-award-missing")
                .status("CTIP-FLOW-03", Status.MET);
    }

    @Test
    void aCertificationTheDayAfterAwardIsNotAPreAwardCertification() {
        ResultAssert result = SubmissionFixture.compliant().set(PRE_AWARD, "2023-09-02").evaluate()
                .fires("CTIP-FLOW-03.pre-award-missing");
        assertThat(result.finding("CTIP-FLOW-03.pre-award-missing").message()).contains("dated 2023-09-02, after award");
    }

    @Test
    void anAnnualCertificationTwelveMonthsOldIsCurrent() {
        SubmissionFixture.compliant().set(ANNUAL, "2025-03-01").evaluate()
                .doesNotFire("CTIP-FLOW-03.annual-lapsed")
                .status("CTIP-FLOW-03", Status.MET);
    }

    @Test
    void anAnnualCertificationTwelveMonthsAndOneDayOldHasLapsed() {
        ResultAssert result = SubmissionFixture.compliant().set(ANNUAL, "2025-02-28").evaluate()
                .fires("CTIP-FLOW-03.annual-lapsed")
                .doesNotFire("CTIP-FLOW-03.met")
                .status("CTIP-FLOW-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-FLOW-03.annual-lapsed").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-FLOW-03.annual-lapsed").message()).contains("due to certify by 2026-02-28");
    }

    @Test
    void theFirstAnnualCertificationIsDueAYearAfterTheSubcontractAward() {
        SubmissionFixture.compliant().set(ANNUAL, null).set(AWARDED, "2025-03-01").set(PRE_AWARD, "2025-02-20").evaluate()
                .doesNotFire("CTIP-FLOW-03.annual-lapsed");
        SubmissionFixture.compliant().set(ANNUAL, null).set(AWARDED, "2025-02-28").set(PRE_AWARD, "2025-02-20").evaluate()
                .fires("CTIP-FLOW-03.annual-lapsed");
    }

    @Test
    void aSubcontractAtTheThresholdNeedsNoCertification() {
        SubmissionFixture.compliant().set("/subcontracts/0/coveredValue", 550000).set(PRE_AWARD, null).evaluate()
                .doesNotFire("CTIP-FLOW-03.pre-award-missing")
                .fires("CTIP-FLOW-03.no-covered-subcontract")
                .status("CTIP-FLOW-03", Status.NOT_APPLICABLE);
    }

    @Test
    void aSubcontractOneDollarOverTheThresholdNeedsACertification() {
        SubmissionFixture.compliant().set("/subcontracts/0/coveredValue", 550001).set(PRE_AWARD, null).evaluate()
                .fires("CTIP-FLOW-03.pre-award-missing");
    }

    @Test
    void asksForTheAwardDateOfACoveredSubcontract() {
        SubmissionFixture.compliant().set(AWARDED, null).evaluate()
                .fires("CTIP-FLOW-03.award-date-missing")
                .doesNotFire("CTIP-FLOW-03.met")
                .status("CTIP-FLOW-03", Status.NEEDS_REVIEW);
    }

    @Test
    void doesNotApplyUnderAClauseWithoutParagraphH() {
        SubmissionFixture.compliant().set("/award/clause/date", "FEB 2009").set(PRE_AWARD, null).evaluate()
                .fires("CTIP-FLOW-03.no-plan-paragraph")
                .doesNotFire("CTIP-FLOW-03.pre-award-missing")
                .status("CTIP-FLOW-03", Status.NOT_APPLICABLE);
    }

    @Test
    void asksForThePrimesClauseDate() {
        SubmissionFixture.compliant().set("/award/clause/date", null).evaluate()
                .fires("CTIP-FLOW-03.clause-date-missing")
                .status("CTIP-FLOW-03", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForAMissingCoveredValue() {
        SubmissionFixture.compliant().set("/subcontracts/1/coveredValue", null).evaluate()
                .fires("CTIP-FLOW-03.covered-value-missing")
                .doesNotFire("CTIP-FLOW-03.met")
                .status("CTIP-FLOW-03", Status.NEEDS_REVIEW);
    }

    @Test
    void doesNotApplyWithoutSubcontracts() {
        SubmissionFixture.compliant().remove("/subcontracts").evaluate()
                .fires("CTIP-FLOW-03.no-subcontracts")
                .doesNotFire("CTIP-FLOW-03.met")
                .status("CTIP-FLOW-03", Status.NOT_APPLICABLE);
    }
}
