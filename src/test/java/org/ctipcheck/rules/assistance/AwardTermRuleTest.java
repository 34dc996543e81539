package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class AwardTermRuleTest {
    private static SubmissionFixture grant(String type, Boolean included, Boolean subawards, Boolean subawardsInclude) {
        java.util.Map<String, Object> recipient = new java.util.LinkedHashMap<>();
        recipient.put("type", type);
        recipient.put("awardTermIncluded", included);
        recipient.put("hasSubawards", subawards);
        recipient.put("subawardsIncludeAwardTerm", subawardsInclude);
        return SubmissionFixture.compliant().set("/award/instrument", "GRANT").set("/award/recipient", recipient);
    }

    @Test
    void meetsTheRequirementWhenTheTermIsInTheAwardAndItsSubawards() {
        grant("PRIVATE_ENTITY", true, true, true).evaluate()
                .fires("CTIP-GRANT-01.met")
                .doesNotFire("CTIP-GRANT-01.term-missing")
                .doesNotFire("CTIP-GRANT-01.subawards-without-term")
                .status("CTIP-GRANT-01", Status.MET);
    }

    @Test
    void flagsAPrivateEntityAwardWithoutTheTermAsAGovernmentSideOmission() {
        ResultAssert result = grant("PRIVATE_ENTITY", false, false, null).evaluate()
                .fires("CTIP-GRANT-01.term-missing")
                .doesNotFire("CTIP-GRANT-01.met")
                .doesNotFire("CTIP-GRANT-01.not-required")
                .status("CTIP-GRANT-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-01.term-missing").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void flagsSubawardsWithoutTheTerm() {
        ResultAssert result = grant("PRIVATE_ENTITY", true, true, false).evaluate()
                .fires("CTIP-GRANT-01.subawards-without-term")
                .doesNotFire("CTIP-GRANT-01.met")
                .status("CTIP-GRANT-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-01.subawards-without-term").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void doesNotRequireTheTermForAForeignPublicEntityWhoseFundsStayPublic() {
        grant("FOREIGN_PUBLIC_ENTITY", false, false, null).evaluate()
                .fires("CTIP-GRANT-01.not-required")
                .doesNotFire("CTIP-GRANT-01.term-missing")
                .status("CTIP-GRANT-01", Status.NOT_APPLICABLE);
    }

    @Test
    void requiresTheTermWhenFundsMayReachAPrivateSubrecipient() {
        grant("STATE_OR_LOCAL_GOVERNMENT", false, false, null).set("/award/recipient/fundsMayFlowToPrivateSubrecipients", true)
                .evaluate()
                .fires("CTIP-GRANT-01.term-missing")
                .doesNotFire("CTIP-GRANT-01.not-required");
    }

    @Test
    void asksForTheRecipientWhenItIsNotDescribed() {
        SubmissionFixture.compliant().set("/award/instrument", "COOPERATIVE_AGREEMENT").evaluate()
                .fires("CTIP-GRANT-01.recipient-not-described")
                .status("CTIP-GRANT-01", Status.NEEDS_REVIEW);
        grant("PRIVATE_ENTITY", true, false, null).evaluate().doesNotFire("CTIP-GRANT-01.recipient-not-described");
    }

    @Test
    void theFarClauseRequirementsDoNotApplyToAGrant() {
        grant("PRIVATE_ENTITY", true, false, null).evaluate()
                .fires("CTIP-APPL-06.clause-rules-not-applicable")
                .doesNotFire("CTIP-APPL-06.assistance-rules-not-applicable")
                .doesNotFire("CTIP-APPL-02.not-alternate-i")
                .status("CTIP-APPL-02", Status.NOT_APPLICABLE);
    }

    @Test
    void theAwardTermDoesNotApplyToAContract() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-APPL-06.assistance-rules-not-applicable")
                .doesNotFire("CTIP-APPL-06.clause-rules-not-applicable")
                .doesNotFire("CTIP-GRANT-01.recipient-not-described")
                .status("CTIP-GRANT-01", Status.NOT_APPLICABLE);
    }
}
