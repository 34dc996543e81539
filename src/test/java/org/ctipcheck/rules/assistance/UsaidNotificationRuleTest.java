package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.usaid;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.junit.jupiter.api.Test;

/** rules/assistance/ctip-usaid-04-notification.drl: the Agreement Officer and the USAID OIG, immediately. */
class UsaidNotificationRuleTest {

    @Test
    void meetsTheRequirementWhenBothWereToldImmediately() {
        usaid().evaluate()
                .fires("CTIP-USAID-04.met")
                .doesNotFire("CTIP-USAID-04.incident-reported-late")
                .doesNotFire("CTIP-USAID-04.incident-not-reported")
                .doesNotFire("CTIP-USAID-04.no-notification-procedure")
                .doesNotFire("CTIP-USAID-04.not-usaid")
                .doesNotFire("CTIP-USAID-04.procedure-omits-recipient")
                .status("CTIP-USAID-04", Status.MET);
    }

    @Test
    void flagsAProcedureThatLeavesOutTheInspectorGeneral() {
        ResultAssert result = usaid().set("/policies/notificationProcedure/notifiesInspectorGeneral", false).evaluate()
                .fires("CTIP-USAID-04.procedure-omits-recipient")
                .doesNotFire("CTIP-USAID-04.met")
                .status("CTIP-USAID-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-USAID-04.procedure-omits-recipient").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void flagsAMissingProcedure() {
        usaid().remove("/policies/notificationProcedure").evaluate()
                .fires("CTIP-USAID-04.no-notification-procedure")
                .doesNotFire("CTIP-USAID-04.met");
    }

    @Test
    void blocksAnIncidentTheInspectorGeneralWasNeverToldOf() {
        ResultAssert result = usaid().set("/incidents/0/inspectorGeneralNotifiedOn", null).evaluate()
                .fires("CTIP-USAID-04.incident-not-reported")
                .doesNotFire("CTIP-USAID-04.met")
                .status("CTIP-USAID-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-USAID-04.incident-not-reported").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void acceptsTheInspectorGeneralToldTheDayAfterAndFlagsTwoDaysAfter() {
        usaid().evaluate().doesNotFire("CTIP-USAID-04.incident-reported-late");
        usaid().set("/incidents/0/inspectorGeneralNotifiedOn", "2025-09-04").evaluate()
                .fires("CTIP-USAID-04.incident-reported-late")
                .doesNotFire("CTIP-USAID-04.met");
    }

    @Test
    void isNotApplicableToANonUsaidGrant() {
        Grants.grant().evaluate()
                .fires("CTIP-USAID-04.not-usaid")
                .doesNotFire("CTIP-USAID-04.met")
                .status("CTIP-USAID-04", Status.NOT_APPLICABLE);
    }
}
