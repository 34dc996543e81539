package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.grant;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.junit.jupiter.api.Test;

/** rules/assistance/ctip-grant-05-notice-of-allegations.drl: the agency is told immediately (incident of 2025-09-02). */
class NoticeOfAllegationsRuleTest {

    @Test
    void meetsTheRequirementWhenTheIncidentWasReportedTheSameDay() {
        grant().evaluate()
                .fires("CTIP-GRANT-05.met")
                .doesNotFire("CTIP-GRANT-05.incident-reported-late")
                .doesNotFire("CTIP-GRANT-05.procedure-omits-recipient")
                .doesNotFire("CTIP-GRANT-05.usaid-award")
                .status("CTIP-GRANT-05", Status.MET);
    }

    @Test
    void acceptsANoticeTheDayAfterReceipt() {
        grant().set("/incidents/0/contractingOfficerNotifiedOn", "2025-09-03").evaluate()
                .doesNotFire("CTIP-GRANT-05.incident-reported-late")
                .fires("CTIP-GRANT-05.met");
    }

    @Test
    void flagsANoticeTwoDaysAfterReceiptAsLate() {
        ResultAssert result = grant().set("/incidents/0/contractingOfficerNotifiedOn", "2025-09-04").evaluate()
                .fires("CTIP-GRANT-05.incident-reported-late")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-05.incident-reported-late").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void blocksAnIncidentNeverReported() {
        ResultAssert result = grant().set("/incidents/0/contractingOfficerNotifiedOn", null).evaluate()
                .fires("CTIP-GRANT-05.incident-not-reported")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-05.incident-not-reported").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void doesNotYetCountAnUnreportedIncidentAsLateTheDayAfterReceipt() {
        grant().set("/incidents/0/contractingOfficerNotifiedOn", null).asOf("2025-09-03").evaluate()
                .doesNotFire("CTIP-GRANT-05.incident-not-reported");
        grant().set("/incidents/0/contractingOfficerNotifiedOn", null).asOf("2025-09-04").evaluate()
                .fires("CTIP-GRANT-05.incident-not-reported");
    }

    @Test
    void flagsAMissingNotificationProcedure() {
        grant().remove("/policies/notificationProcedure").evaluate()
                .fires("CTIP-GRANT-05.no-notification-procedure")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
    }

    /**
     * A procedure that reaches the Inspector General but not the awarding official is graded for what it misses (the
     * award term), never under 22 U.S.C. 7104c(1), which it satisfies.
     */
    @Test
    void flagsAProcedureThatDoesNotReachTheAgency() {
        ResultAssert result = grant().set("/policies/notificationProcedure/notifiesContractingOfficer", false).evaluate()
                .fires("CTIP-GRANT-05.procedure-omits-recipient")
                .doesNotFire("CTIP-GRANT-05.procedure-omits-inspector-general")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-05.procedure-omits-recipient").message())
                .contains("it does reach the agency's Inspector General").doesNotContain("7104c");
        assertThat(result.finding("CTIP-GRANT-05.procedure-omits-recipient").evidence()).hasSize(1);
    }

    /** 22 U.S.C. 7104c(1): "immediately inform the Inspector General of the executive agency". */
    @Test
    void flagsAProcedureThatDoesNotReachTheInspectorGeneral() {
        ResultAssert result = grant().set("/policies/notificationProcedure/notifiesInspectorGeneral", false).evaluate()
                .fires("CTIP-GRANT-05.procedure-omits-inspector-general")
                .doesNotFire("CTIP-GRANT-05.procedure-omits-recipient")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-05.procedure-omits-inspector-general").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-GRANT-05.procedure-omits-inspector-general").citation()).isEqualTo("22 U.S.C. 7104c(1)");
    }

    /** A grant whose incident never reached the Inspector General is a finding under 7104c(1), BLOCKER. */
    @Test
    void blocksAnIncidentThatNeverReachedTheInspectorGeneral() {
        ResultAssert result = grant().set("/incidents/0/inspectorGeneralNotifiedOn", null).evaluate()
                .fires("CTIP-GRANT-05.incident-not-reported-to-inspector-general")
                .doesNotFire("CTIP-GRANT-05.incident-not-reported")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-05.incident-not-reported-to-inspector-general").severity()).isEqualTo(Severity.BLOCKER);
        // The notification window: not yet due the day after receipt, due the day after that.
        grant().set("/incidents/0/inspectorGeneralNotifiedOn", null).asOf("2025-09-03").evaluate()
                .doesNotFire("CTIP-GRANT-05.incident-not-reported-to-inspector-general");
        grant().set("/incidents/0/inspectorGeneralNotifiedOn", null).asOf("2025-09-04").evaluate()
                .fires("CTIP-GRANT-05.incident-not-reported-to-inspector-general");
    }

    /** Told the Inspector General two days after receipt: late (MAJOR); the day after: immediate. */
    @Test
    void flagsANoticeToTheInspectorGeneralTwoDaysAfterReceipt() {
        ResultAssert result = grant().set("/incidents/0/inspectorGeneralNotifiedOn", "2025-09-04").evaluate()
                .fires("CTIP-GRANT-05.incident-reported-late-to-inspector-general")
                .doesNotFire("CTIP-GRANT-05.incident-reported-late")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-05.incident-reported-late-to-inspector-general").severity()).isEqualTo(Severity.MAJOR);
        grant().set("/incidents/0/inspectorGeneralNotifiedOn", "2025-09-03").evaluate()
                .doesNotFire("CTIP-GRANT-05.incident-reported-late-to-inspector-general")
                .fires("CTIP-GRANT-05.met");
    }

    /** The time runs from the day the information was found credible. */
    @Test
    void countsFromTheDayFoundCredible() {
        grant().set("/incidents/0/foundCredibleOn", "2025-09-03").set("/incidents/0/inspectorGeneralNotifiedOn", "2025-09-04").evaluate()
                .doesNotFire("CTIP-GRANT-05.incident-reported-late-to-inspector-general")
                .fires("CTIP-GRANT-05.met");
    }

    @Test
    void leavesLegacyUsaidAwardsToTheUsaidRequirement() {
        Grants.usaid().remove("/policies/notificationProcedure").evaluate()
                .fires("CTIP-GRANT-05.usaid-award")
                .doesNotFire("CTIP-GRANT-05.no-notification-procedure")
                .status("CTIP-GRANT-05", Status.NOT_APPLICABLE);
    }
}
