package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.usaid;

import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.junit.jupiter.api.Test;

/** rules/assistance/ctip-usaid-01-prohibitions.drl: the USAID provision's prohibitions, Palermo scope. */
class UsaidProhibitionsRuleTest {

    @Test
    void meetsTheRequirementWithAFullCodeOfConductAndNoProhibitedAct() {
        usaid().evaluate()
                .fires("CTIP-USAID-01.met")
                .doesNotFire("CTIP-USAID-01.conduct-code-narrower")
                .doesNotFire("CTIP-USAID-01.no-workforce-attestation")
                .doesNotFire("CTIP-USAID-01.not-usaid")
                .doesNotFire("CTIP-USAID-01.prohibited-conduct")
                .status("CTIP-USAID-01", Status.MET);
    }

    @Test
    void blocksOnceWhateverProhibitedActIsAttested() {
        ResultAssert result = usaid().set("/workforce/feesChargedToWorkers", List.of(Map.of("form", "DIRECT_PAYMENT")))
                .set("/workforce/housingConditions/meetsHostCountryStandards", false).evaluate()
                .fires("CTIP-USAID-01.prohibited-conduct")
                .fires("CTIP-GRANT-02.recruitment-fee-charged")
                .doesNotFire("CTIP-USAID-01.met")
                .status("CTIP-USAID-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-USAID-01.prohibited-conduct").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.result().findings().stream().filter(f -> f.ruleId().equals("CTIP-USAID-01.prohibited-conduct"))).hasSize(1);
    }

    @Test
    void blocksReturnTransportRefusedToRecruitedWorkers() {
        usaid().set("/workforce/returnTransportation/providedOrPaid", false).evaluate()
                .fires("CTIP-USAID-01.prohibited-conduct");
    }

    @Test
    void flagsACodeOfConductThatLeavesOutCommercialSex() {
        ResultAssert result = usaid().set("/workforce/conduct/commercialSexProhibited", false).evaluate()
                .fires("CTIP-USAID-01.conduct-code-narrower")
                .doesNotFire("CTIP-USAID-01.met")
                .status("CTIP-USAID-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-USAID-01.conduct-code-narrower").severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void asksForTheCodeOfConductWhenItIsMissing() {
        usaid().remove("/workforce/conduct").evaluate()
                .fires("CTIP-USAID-01.no-workforce-attestation")
                .doesNotFire("CTIP-USAID-01.met")
                .status("CTIP-USAID-01", Status.NEEDS_REVIEW);
    }

    @Test
    void isNotApplicableToANonUsaidGrant() {
        Grants.grant().evaluate()
                .fires("CTIP-USAID-01.not-usaid")
                .doesNotFire("CTIP-USAID-01.met")
                .status("CTIP-USAID-01", Status.NOT_APPLICABLE);
    }
}
