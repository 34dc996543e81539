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
    void theDayBeforeTheFirstAnniversaryNoAnnualCertificationIsDueYet() {
        ResultAssert result = withoutAnnualCertifications().asOf("2024-06-14").evaluate()
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
    void onTheFirstAnniversaryWithoutAnyAnnualCertificationItIsMissing() {
        ResultAssert result = withoutAnnualCertifications().asOf("2024-06-15").evaluate()
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
        Finding finding = result.finding("CTIP-CERT-02.missing");
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(finding.message()).contains("2024-06-15");
        assertThat(finding.evidence()).contains(Evidence.at("/certifications", null));
        required(result);
    }

    @Test
    void thePreAwardCertificationDoesNotCountAsAnAnnualOne() {
        withoutAnnualCertifications().evaluate().fires("CTIP-CERT-02.missing");
    }

    @Test
    void oneAnnualCertificationIsNotMissing() {
        SubmissionFixture.compliant().remove(SECOND_ANNUAL).asOf("2025-06-14").evaluate()
                .doesNotFire("CTIP-CERT-02.missing")
                .fires("CTIP-CERT-02.met");
    }

    @Test
    void aCertificationOnTheAnniversaryIsInTime() {
        ResultAssert result = SubmissionFixture.compliant().set(FIRST_ANNUAL + "/date", "2024-06-15").evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .fires("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.MET);
        required(result);
    }

    @Test
    void aCertificationOnTheAnniversaryEvaluatedThatDayIsMet() {
        SubmissionFixture.compliant().set(FIRST_ANNUAL + "/date", "2024-06-15").remove(SECOND_ANNUAL)
                .asOf("2024-06-15").evaluate()
                .fires("CTIP-CERT-02.met")
                .doesNotFire("CTIP-CERT-02.lapsed")
                .doesNotFire("CTIP-CERT-02.not-yet-due")
                .status("CTIP-CERT-02", Status.MET);
    }

    @Test
    void aCertificationTheDayAfterTheAnniversaryHasLapsed() {
        ResultAssert result = SubmissionFixture.compliant().set(FIRST_ANNUAL + "/date", "2024-06-16").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .doesNotFire("CTIP-CERT-02.met")
                .doesNotFire("CTIP-CERT-02.missing")
                .status("CTIP-CERT-02", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-CERT-02.lapsed");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.status()).isEqualTo(Status.NOT_MET);
        assertThat(finding.message()).contains("up to 2024-06-15").contains("2023-06-15");
        assertThat(finding.evidence()).containsExactly(Evidence.at("/certifications",
                List.of(LocalDate.of(2024, 6, 16), LocalDate.of(2025, 6, 12))));
        required(result);
    }

    @Test
    void aYearWithoutCertificationAfterTheFirstHasLapsedFromItsAnniversary() {
        SubmissionFixture noSecond = SubmissionFixture.compliant().remove(SECOND_ANNUAL);
        noSecond.asOf("2025-06-14").evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.MET);
        ResultAssert result = noSecond.asOf("2025-06-15").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-CERT-02.lapsed").message()).contains("up to 2025-06-15");
        assertThat(result.finding("CTIP-CERT-02.lapsed").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void theSecondCertificationTheDayAfterTheSecondAnniversaryHasLapsed() {
        SubmissionFixture.compliant().set(SECOND_ANNUAL + "/date", "2025-06-16").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
        SubmissionFixture.compliant().set(SECOND_ANNUAL + "/date", "2025-06-15").evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.MET);
    }

    @Test
    void twoCertificationsInOneYearDoNotCoverTheNext() {
        SubmissionFixture.compliant().set(SECOND_ANNUAL + "/date", "2024-06-12").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
    }

    @Test
    void anAwardOnFebruary29IsCertifiedByFebruary28InCommonYearsAndFebruary29InLeapYears() {
        SubmissionFixture leapYearAward = SubmissionFixture.compliant()
                .set("/award/awardDate", "2024-02-29")
                .set("/certifications/0/date", "2024-02-01")
                .set(FIRST_ANNUAL + "/date", "2025-02-28")
                .set(SECOND_ANNUAL + "/date", "2026-02-28")
                .copyInto("/certifications", SECOND_ANNUAL).set("/certifications/3/date", "2027-02-27")
                .copyInto("/certifications", SECOND_ANNUAL).set("/certifications/4/date", "2028-02-29")
                .asOf("2028-03-01");
        leapYearAward.evaluate()
                .doesNotFire("CTIP-CERT-02.lapsed")
                .fires("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.MET);

        ResultAssert late = leapYearAward.set("/certifications/4/date", "2028-03-01").evaluate()
                .fires("CTIP-CERT-02.lapsed")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(late.finding("CTIP-CERT-02.lapsed").message()).contains("up to 2028-02-29");
    }

    @Test
    void anAwardOnFebruary29IsFirstDueOnFebruary28OfTheNextYear() {
        SubmissionFixture leapYearAward = withoutAnnualCertifications()
                .set("/award/awardDate", "2024-02-29")
                .set("/certifications/0/date", "2024-02-01");
        leapYearAward.asOf("2025-02-27").evaluate()
                .fires("CTIP-CERT-02.not-yet-due")
                .doesNotFire("CTIP-CERT-02.missing");
        leapYearAward.asOf("2025-02-28").evaluate()
                .fires("CTIP-CERT-02.missing")
                .doesNotFire("CTIP-CERT-02.not-yet-due");
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
