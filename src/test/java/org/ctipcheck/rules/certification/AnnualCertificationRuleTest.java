package org.ctipcheck.rules.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.time.LocalDate;
import java.util.List;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

/**
 * rules/certification/ctip-cert-02-annual.drl: annual certifications under 52.222-50(h)(5), due by each
 * anniversary of the award. Base fixture: award 2023-06-15, annual certifications 2024-06-10
 * (/certifications/1) and 2025-06-12 (/certifications/2), evaluated as of 2026-03-01.
 */
class AnnualCertificationRuleTest {
    private static final String FIRST_ANNUAL = "/certifications/1";
    private static final String SECOND_ANNUAL = "/certifications/2";

    private static SubmissionFixture withoutAnnualCertifications() {
        return SubmissionFixture.compliant().remove(SECOND_ANNUAL).remove(FIRST_ANNUAL);
    }

    private static ResultAssert required(ResultAssert result) {
        return decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void completeCertificationsByEveryAnniversaryAreMet() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-CERT-02.met")
                .doesNotFire("CTIP-CERT-02.lapsed")
                .doesNotFire("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.incomplete")
                .doesNotFire("CTIP-CERT-02.not-yet-due")
                .status("CTIP-CERT-02", Status.MET);
        assertThat(result.item("CTIP-CERT-02").reason()).startsWith("2 annual certification(s)");
        required(result);
    }

    @Test
    void onTheDayTwelveMonthsAfterAwardTheFirstAnnualCertificationIsNotYetOverdue() {
        // FAR 52.222-50(h)(5) "Annually after receiving an award": the first within twelve months of award.
        ResultAssert result = withoutAnnualCertifications().asOf("2024-06-15").evaluate()
                .fires("CTIP-CERT-02.not-yet-due")
                .doesNotFire("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-CERT-02").reason()).contains("2024-06-15");
        assertThat(result.item("CTIP-CERT-02").evidence())
                .containsExactly(Evidence.at("/award/awardDate", LocalDate.of(2023, 6, 15)));
        required(result);
    }

    @Test
    void theDayAfterTwelveMonthsWithoutAnyAnnualCertificationItIsMissing() {
        ResultAssert result = withoutAnnualCertifications().asOf("2024-06-16").evaluate()
                .fires("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.not-yet-due")
                .doesNotFire("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
        Finding finding = result.finding("CTIP-CERT-02.missing");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(finding.status()).isEqualTo(Status.NOT_MET);
        assertThat(finding.evidence()).containsExactly(
                Evidence.at("/certifications", null), Evidence.at("/award/awardDate", LocalDate.of(2023, 6, 15)));
        required(result);
    }

    @Test
    void noAnnualCertificationAtAllIsMissing() {
        ResultAssert result = withoutAnnualCertifications().evaluate()
                .fires("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.lapsed")
                .doesNotFire("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        required(result);
    }

    @Test
    void thePreAwardCertificationDoesNotCountAsAnAnnualOne() {
        withoutAnnualCertifications().evaluate().fires("CTIP-CERT-02.missing");
    }

    @Test
    void oneAnnualCertificationIsNotMissing() {
        SubmissionFixture.compliant().remove(SECOND_ANNUAL).asOf("2025-06-10").evaluate()
                .doesNotFire("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.lapsed")
                .fires("CTIP-CERT-02.met");
    }

    @Test
    void theFirstAnnualCertificationTwelveMonthsAfterAwardIsInTimeAndADayLaterHasLapsed() {
        // (h)(5): first annual certification at award + 12 months (2024-06-15) is in time, + 12 months + 1 day is not.
        ResultAssert inTime = SubmissionFixture.compliant()
                .set(FIRST_ANNUAL + "/date", "2024-06-15").set(SECOND_ANNUAL + "/date", "2025-06-15").evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .fires("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.MET);
        required(inTime);

        ResultAssert late = SubmissionFixture.compliant()
                .set(FIRST_ANNUAL + "/date", "2024-06-16").set(SECOND_ANNUAL + "/date", "2025-06-15").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .doesNotFire("CTIP-CERT-02.met")
                .doesNotFire("CTIP-CERT-02.missing")
                .status("CTIP-CERT-02", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = late.finding("CTIP-CERT-02.lapsed");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.message()).contains("within twelve months of the award of 2023-06-15").contains("due by 2024-06-15");
        assertThat(finding.evidence()).containsExactly(Evidence.at("/certifications",
                List.of(LocalDate.of(2024, 6, 16), LocalDate.of(2025, 6, 15))));
    }

    @Test
    void twelveMonthsBetweenConsecutiveCertificationsIsInTimeAndADayMoreHasLapsed() {
        // (h)(5), 22.1703(c)(2): no more than twelve months between consecutive annual certifications.
        SubmissionFixture.compliant().set(SECOND_ANNUAL + "/date", "2025-06-10").evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .fires("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.MET);
        ResultAssert late = SubmissionFixture.compliant().set(SECOND_ANNUAL + "/date", "2025-06-11").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .doesNotFire("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(late.finding("CTIP-CERT-02.lapsed").message())
                .contains("within twelve months of the certification of 2024-06-10").contains("due by 2025-06-10");
    }

    @Test
    void oneCertificationPerAwardYearCanLeaveMoreThanTwelveMonthsBetweenTwo() {
        // The former model (one certification in each year after the award) accepted these dates: 2023-07-01 lies in
        // the first award year, 2025-06-14 in the second, but almost two years pass between them.
        ResultAssert result = SubmissionFixture.compliant()
                .set(FIRST_ANNUAL + "/date", "2023-07-01").set(SECOND_ANNUAL + "/date", "2025-06-14").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-CERT-02.lapsed").message()).contains("2023-07-01").contains("due by 2024-07-01");
    }

    @Test
    void twelveMonthsAfterTheLastCertificationTheNextIsDueNotOverdue() {
        SubmissionFixture noSecond = SubmissionFixture.compliant().remove(SECOND_ANNUAL);
        noSecond.asOf("2025-06-10").evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.MET);
        ResultAssert result = noSecond.asOf("2025-06-11").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-CERT-02.lapsed").message()).contains("due by 2025-06-10");
        assertThat(result.finding("CTIP-CERT-02.lapsed").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void twoCertificationsInOneYearDoNotCoverTheNext() {
        SubmissionFixture.compliant().set(SECOND_ANNUAL + "/date", "2024-06-12").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
    }

    @Test
    void twelveMonthsAfterFebruary29IsFebruary28() {
        SubmissionFixture leapYearAward = SubmissionFixture.compliant()
                .set("/award/awardDate", "2024-02-29")
                .set("/certifications/0/date", "2024-02-01")
                .set("/compliancePlan/effectiveDate", "2024-01-15")
                .set(FIRST_ANNUAL + "/date", "2025-02-28")
                .set(SECOND_ANNUAL + "/date", "2026-02-28")
                .copyInto("/certifications", SECOND_ANNUAL).set("/certifications/3/date", "2027-02-28")
                .copyInto("/certifications", SECOND_ANNUAL).set("/certifications/4/date", "2028-02-28")
                .asOf("2028-03-01");
        leapYearAward.evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .fires("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.MET);

        ResultAssert late = leapYearAward.set("/certifications/4/date", "2028-02-29").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(late.finding("CTIP-CERT-02.lapsed").message()).contains("due by 2028-02-28");
    }

    @Test
    void anAwardOnFebruary29IsFirstDueOnFebruary28OfTheNextYear() {
        SubmissionFixture leapYearAward = withoutAnnualCertifications()
                .set("/award/awardDate", "2024-02-29")
                .set("/certifications/0/date", "2024-02-01")
                .set("/compliancePlan/effectiveDate", "2024-01-15");
        leapYearAward.asOf("2025-02-28").evaluate()
                .fires("CTIP-CERT-02.not-yet-due")
                .doesNotFire("CTIP-CERT-02.missing");
        leapYearAward.asOf("2025-03-01").evaluate()
                .fires("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.not-yet-due");
    }

    @Test
    void anAnnualCertificationDatedTheDayBeforeThePlanTookEffectContradictsIt() {
        // (h)(5)(i) "It has implemented a compliance plan": plan effective 2024-06-11, certified 2024-06-10 (-1 day).
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/effectiveDate", "2024-06-11")
                .set("/award/periodOfPerformance/start", "2024-07-01")
                .set("/compliancePlan/posting/workplacePostedOn", "2024-06-20")
                .set("/compliancePlan/posting/websitePostedOn", "2024-06-20")
                .evaluate()
                .fires("CTIP-CERT-02.plan-not-yet-effective")
                .doesNotFire("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-CERT-02.plan-not-yet-effective");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.message()).contains("2024-06-10").contains("2024-06-11");
        assertThat(finding.evidence()).extracting(Evidence::pointer, Evidence::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FIRST_ANNUAL + "/date", LocalDate.of(2024, 6, 10)),
                org.assertj.core.groups.Tuple.tuple("/compliancePlan/effectiveDate", LocalDate.of(2024, 6, 11)));
    }

    @Test
    void anAnnualCertificationDatedTheDayThePlanTookEffectIsConsistent() {
        SubmissionFixture.compliant().set("/compliancePlan/effectiveDate", "2024-06-10")
                .set("/certifications/0/date", "2023-05-30")
                .evaluate()
                .doesNotFire("CTIP-CERT-02.plan-not-yet-effective");
    }

    @Test
    void abusesFoundAndRemediatedWithoutDocumentedRemedialAndReferralActionsIsIncomplete() {
        ResultAssert result = SubmissionFixture.compliant()
                .set(FIRST_ANNUAL + "/dueDiligence/option", "ABUSES_FOUND_AND_REMEDIATED").evaluate()
                .fires("CTIP-CERT-02.incomplete")
                .doesNotFire("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-CERT-02.incomplete");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(finding.status()).isEqualTo(Status.NOT_MET);
        assertThat(finding.message()).contains("2024-06-10").contains("remedial and referral actions are not documented");
        assertThat(finding.evidence()).containsExactly(Evidence.at(FIRST_ANNUAL, null));
        required(result);

        SubmissionFixture.compliant()
                .set(FIRST_ANNUAL + "/dueDiligence/option", "ABUSES_FOUND_AND_REMEDIATED")
                .set(FIRST_ANNUAL + "/dueDiligence/remedialAndReferralActionsDocumented", false).evaluate()
                .fires("CTIP-CERT-02.incomplete");
    }

    @Test
    void abusesFoundAndRemediatedWithDocumentedRemedialAndReferralActionsIsComplete() {
        SubmissionFixture.compliant()
                .set(FIRST_ANNUAL + "/dueDiligence/option", "ABUSES_FOUND_AND_REMEDIATED")
                .set(FIRST_ANNUAL + "/dueDiligence/remedialAndReferralActionsDocumented", true).evaluate()
                .doesNotFire("CTIP-CERT-02.incomplete")
                .fires("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.MET);
    }

    @Test
    void anAnnualCertificationWithoutTheMonitoringStatementIsIncomplete() {
        ResultAssert result = SubmissionFixture.compliant()
                .set(SECOND_ANNUAL + "/statements/monitorDetectTerminate", false).evaluate()
                .fires("CTIP-CERT-02.incomplete")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-CERT-02.incomplete").evidence()).containsExactly(Evidence.at(SECOND_ANNUAL, null));
    }

    /** FAR 52.222-50(h)(5)(ii) "After having conducted due diligence": a certification, not a filed record. */
    @Test
    void anAnnualCertificationWithoutADueDiligenceRecordIsStillComplete() {
        SubmissionFixture.compliant().set(SECOND_ANNUAL + "/dueDiligence/documented", false).evaluate()
                .doesNotFire("CTIP-CERT-02.incomplete")
                .status("CTIP-CERT-02", Status.MET);
    }

    @Test
    void anIncompletePreAwardCertificationIsNotAnIncompleteAnnualOne() {
        SubmissionFixture.compliant().set("/certifications/0/statements/monitorDetectTerminate", false).evaluate()
                .doesNotFire("CTIP-CERT-02.incomplete")
                .fires("CTIP-CERT-01.incomplete")
                .status("CTIP-CERT-02", Status.MET);
    }

    @Test
    void withoutAnAwardDateTheScheduleCannotBeChecked() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/awardDate").evaluate()
                .fires("CTIP-CERT-02.award-date-missing")
                .doesNotFire("CTIP-CERT-02.met")
                .doesNotFire("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.lapsed")
                .doesNotFire("CTIP-CERT-02.not-yet-due")
                .status("CTIP-CERT-02", Status.NEEDS_REVIEW);
        Finding finding = result.finding("CTIP-CERT-02.award-date-missing");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(finding.evidence()).containsExactly(Evidence.at("/award/awardDate", null));
        required(result);
    }

    @Test
    void aGivenAwardDateIsNotReportedMissing() {
        SubmissionFixture.compliant().evaluate().doesNotFire("CTIP-CERT-02.award-date-missing");
    }

    @Test
    void noPlanRequiredMeansNoAnnualRuleFires() {
        ResultAssert result = withoutAnnualCertifications().set("/award/portions/0/estimatedValue", 550_000).evaluate()
                .doesNotFire("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.not-yet-due")
                .doesNotFire("CTIP-CERT-02.award-date-missing")
                .status("CTIP-CERT-02", Status.NOT_APPLICABLE);
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }
}
