package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.grant;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** rules/assistance/ctip-grant-06-flow-down.drl: subawards carry the prohibitions. */
class FlowDownRuleTest {

    private static SubmissionFixture withoutListedSubawards() {
        return grant().remove("/subcontracts");
    }

    @Test
    void meetsTheRequirementWhenEveryListedSubawardCarriesTheProhibitions() {
        grant().evaluate()
                .fires("CTIP-GRANT-06.met")
                .doesNotFire("CTIP-GRANT-06.subaward-without-prohibitions")
                .doesNotFire("CTIP-GRANT-06.flow-down-unknown")
                .doesNotFire("CTIP-GRANT-06.no-subawards")
                .status("CTIP-GRANT-06", Status.MET);
    }

    @Test
    void flagsASubawardWithoutTheProhibitions() {
        ResultAssert result = grant().set("/subcontracts/0/clauseFlowedDown", false).evaluate()
                .fires("CTIP-GRANT-06.subaward-without-prohibitions")
                .doesNotFire("CTIP-GRANT-06.met")
                .status("CTIP-GRANT-06", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-06.subaward-without-prohibitions").severity()).isEqualTo(Severity.MINOR);
        assertThat(result.finding("CTIP-GRANT-06.subaward-without-prohibitions").message()).contains("MGB-SC-011");
    }

    @Test
    void ignoresAgentAgreementsWhichAreNotSubawards() {
        grant().set("/subcontracts/1/clauseFlowedDown", false).evaluate()
                .doesNotFire("CTIP-GRANT-06.subaward-without-prohibitions")
                .fires("CTIP-GRANT-06.met");
    }

    @Test
    void asksWhetherAListedSubawardCarriesTheProhibitions() {
        grant().set("/subcontracts/0/clauseFlowedDown", null).evaluate()
                .fires("CTIP-GRANT-06.flow-down-unknown")
                .doesNotFire("CTIP-GRANT-06.met")
                .status("CTIP-GRANT-06", Status.NEEDS_REVIEW);
    }

    @Test
    void acceptsTheRecipientsStatementWhenNoSubawardIsListed() {
        withoutListedSubawards().evaluate()
                .fires("CTIP-GRANT-06.met-by-recipient-statement")
                .doesNotFire("CTIP-GRANT-06.subawards-not-listed")
                .status("CTIP-GRANT-06", Status.MET);
    }

    @Test
    void asksForTheSubawardsWhenTheRecipientDoesNotSayTheyCarryTheTerm() {
        withoutListedSubawards().set("/award/recipient/subawardsIncludeAwardTerm", null).evaluate()
                .fires("CTIP-GRANT-06.subawards-not-listed")
                .doesNotFire("CTIP-GRANT-06.met-by-recipient-statement")
                .status("CTIP-GRANT-06", Status.NEEDS_REVIEW);
    }

    @Test
    void doesNotApplyWithoutSubawards() {
        withoutListedSubawards().set("/award/recipient/hasSubawards", false).evaluate()
                .fires("CTIP-GRANT-06.no-subawards")
                .doesNotFire("CTIP-GRANT-06.subawards-not-listed")
                .status("CTIP-GRANT-06", Status.NOT_APPLICABLE);
    }
}
