package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.submission.EvaluationContext;
import org.junit.jupiter.api.Test;

class ImmediateNoticeRuleTest {
    private static final String IG = "/incidents/0/inspectorGeneralNotifiedOn";
    private static final String CO = "/incidents/0/contractingOfficerNotifiedOn";

    @Test
    void meetsTheRequirementWhenBothAreToldWithinADayAndTheProcedureNamesBoth() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-NOTIF-01.met")
                .doesNotFire("CTIP-NOTIF-01.incident-not-reported")
                .doesNotFire("CTIP-NOTIF-01.incident-reported-late")
                .doesNotFire("CTIP-NOTIF-01.no-procedure")
                .doesNotFire("CTIP-NOTIF-01.procedure-misses-recipient")
                .doesNotFire("CTIP-NOTIF-01.procedure-time-limit-too-long")
                .doesNotFire("CTIP-NOTIF-01.policies-not-described")
                .status("CTIP-NOTIF-01", Status.MET);
    }

    @Test
    void meetsTheRequirementWithNoIncidentsAndAGoodProcedure() {
        SubmissionFixture.compliant().remove("/incidents").evaluate()
                .fires("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.MET);
    }

    @Test
    void blocksWhenTheInspectorGeneralWasNeverToldOfAKnownIncident() {
        ResultAssert result = SubmissionFixture.compliant().set(IG, null).evaluate()
                .fires("CTIP-NOTIF-01.incident-not-reported")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NOT_MET)
                .determination(Determination.NON_COMPLIANT);
        assertThat(result.finding("CTIP-NOTIF-01.incident-not-reported").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-NOTIF-01.incident-not-reported").message())
                .contains("never reported to the agency Inspector General").doesNotContain("contracting officer");
    }

    @Test
    void blocksWhenNeitherWasTold() {
        ResultAssert result = SubmissionFixture.compliant().set(IG, null).set(CO, null).evaluate()
                .fires("CTIP-NOTIF-01.incident-not-reported");
        assertThat(result.finding("CTIP-NOTIF-01.incident-not-reported").message())
                .contains("the contracting officer and the agency Inspector General");
    }

    @Test
    void anUntoldNoticeIsNotYetAGapOnTheLastDayOfTheLimit() {
        SubmissionFixture.compliant().set(IG, null).asOf("2025-09-03").evaluate()
                .doesNotFire("CTIP-NOTIF-01.incident-not-reported")
                .fires("CTIP-NOTIF-01.met");
    }

    @Test
    void anUntoldNoticeBecomesAGapTheDayAfterTheLimit() {
        SubmissionFixture.compliant().set(IG, null).asOf("2025-09-04").evaluate()
                .fires("CTIP-NOTIF-01.incident-not-reported")
                .doesNotFire("CTIP-NOTIF-01.met");
    }

    @Test
    void aNoticeTheDayAfterReceiptIsImmediate() {
        SubmissionFixture.compliant().set(CO, "2025-09-03").set(IG, "2025-09-03").evaluate()
                .doesNotFire("CTIP-NOTIF-01.incident-reported-late")
                .status("CTIP-NOTIF-01", Status.MET);
    }

    @Test
    void aNoticeTwoDaysAfterReceiptIsLate() {
        ResultAssert result = SubmissionFixture.compliant().set(IG, "2025-09-04").evaluate()
                .fires("CTIP-NOTIF-01.incident-reported-late")
                .doesNotFire("CTIP-NOTIF-01.incident-not-reported")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-NOTIF-01.incident-reported-late").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-NOTIF-01.incident-reported-late").message())
                .contains("the agency Inspector General on 2025-09-04");
    }

    @Test
    void theLimitFollowsNotifyWithin() throws Exception {
        SubmissionFixture late = SubmissionFixture.compliant().set(IG, "2025-09-05");
        EvaluationResult withDefault = TestRules.evaluator()
                .evaluate(late.read().facts(), new EvaluationContext(SubmissionFixture.AS_OF));
        EvaluationResult withinThreeDays = TestRules.evaluator()
                .evaluate(late.read().facts(), new EvaluationContext(SubmissionFixture.AS_OF, 3));
        EvaluationResult withinTwoDays = TestRules.evaluator()
                .evaluate(late.read().facts(), new EvaluationContext(SubmissionFixture.AS_OF, 2));
        assertThat(ruleIds(withDefault)).contains("CTIP-NOTIF-01.incident-reported-late");
        assertThat(ruleIds(withinTwoDays)).contains("CTIP-NOTIF-01.incident-reported-late");
        assertThat(ruleIds(withinThreeDays)).doesNotContain("CTIP-NOTIF-01.incident-reported-late");
        assertThat(status(withinThreeDays, "CTIP-NOTIF-01")).isEqualTo(Status.MET);
    }

    @Test
    void flagsAProcedureThatNamesOnlyTheContractingOfficer() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/policies/notificationProcedure/notifiesInspectorGeneral", false).evaluate()
                .fires("CTIP-NOTIF-01.procedure-misses-recipient")
                .doesNotFire("CTIP-NOTIF-01.recipients-not-stated")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-NOTIF-01.procedure-misses-recipient").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-NOTIF-01.procedure-misses-recipient").message()).contains("not the agency Inspector General");
    }

    @Test
    void flagsAProcedureWithOnlyInternalRecipients() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/policies/notificationProcedure/notifiesInspectorGeneral", false)
                .set("/policies/notificationProcedure/notifiesContractingOfficer", false).evaluate()
                .fires("CTIP-NOTIF-01.procedure-misses-recipient");
        assertThat(result.finding("CTIP-NOTIF-01.procedure-misses-recipient").message()).contains("internal recipients only");
    }

    /** FAR 52.222-50(d)(1) "The Contractor shall inform ... immediately": a duty to inform, not to write a procedure. */
    @Test
    void asksForTheProcedureWhenThePoliciesDoNotDescribeOne() {
        ResultAssert result = SubmissionFixture.compliant().remove("/policies/notificationProcedure").evaluate()
                .fires("CTIP-NOTIF-01.no-procedure")
                .doesNotFire("CTIP-NOTIF-01.policies-not-described")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-NOTIF-01.no-procedure").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void asksWhenTheProcedureDoesNotSayWhetherItTellsTheInspectorGeneral() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/policies/notificationProcedure/notifiesInspectorGeneral", null).evaluate()
                .fires("CTIP-NOTIF-01.recipients-not-stated")
                .doesNotFire("CTIP-NOTIF-01.procedure-misses-recipient")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-NOTIF-01.recipients-not-stated").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void aProcedureNamingBothRecipientsNeedsNoReview() {
        SubmissionFixture.compliant().evaluate().doesNotFire("CTIP-NOTIF-01.recipients-not-stated");
    }

    @Test
    void asksForTheProcedureWhenTheSubmissionHasNoPoliciesSection() {
        SubmissionFixture.compliant().remove("/policies").evaluate()
                .fires("CTIP-NOTIF-01.policies-not-described")
                .doesNotFire("CTIP-NOTIF-01.no-procedure")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NEEDS_REVIEW);
    }

    @Test
    void aTimeLimitOfTwentyFourHoursIsImmediate() {
        SubmissionFixture.compliant().set("/policies/notificationProcedure/timeLimitHours", 24).evaluate()
                .doesNotFire("CTIP-NOTIF-01.procedure-time-limit-too-long");
    }

    @Test
    void flagsATimeLimitLongerThanTheDay() {
        SubmissionFixture.compliant().set("/policies/notificationProcedure/timeLimitHours", 25).evaluate()
                .fires("CTIP-NOTIF-01.procedure-time-limit-too-long")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NOT_MET);
    }

    @Test
    void doesNotApplyToAGrant() {
        SubmissionFixture.compliant().set("/award/instrument", "GRANT").set(IG, null).evaluate()
                .doesNotFire("CTIP-NOTIF-01.incident-not-reported")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NOT_APPLICABLE);
    }

    private static java.util.List<String> ruleIds(EvaluationResult result) {
        return result.ruleHits().stream().map(RuleHit::ruleId).toList();
    }

    private static Status status(EvaluationResult result, String requirement) {
        return result.checklist().stream().filter(i -> i.requirementId().equals(requirement)).findFirst()
                .map(ChecklistItem::status).orElseThrow();
    }
}
