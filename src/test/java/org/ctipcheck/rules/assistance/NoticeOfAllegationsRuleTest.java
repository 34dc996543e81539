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

    @Test
    void flagsAProcedureThatDoesNotReachTheAgency() {
        grant().set("/policies/notificationProcedure/notifiesContractingOfficer", false).evaluate()
                .fires("CTIP-GRANT-05.procedure-omits-recipient")
                .doesNotFire("CTIP-GRANT-05.met")
                .status("CTIP-GRANT-05", Status.NOT_MET);
    }

    @Test
    void leavesLegacyUsaidAwardsToTheUsaidRequirement() {
        Grants.usaid().remove("/policies/notificationProcedure").evaluate()
                .fires("CTIP-GRANT-05.usaid-award")
                .doesNotFire("CTIP-GRANT-05.no-notification-procedure")
                .status("CTIP-GRANT-05", Status.NOT_APPLICABLE);
    }
}
