package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * A recipient's procurement contract under an assistance award (rules/assistance/ctip-grant-09-recipient-contract.drl,
 * rules/applicability/ctip-appl-06-recipient-contract.drl), written from 22 U.S.C. 7104a(a): the recipient certifies
 * "(2) ... procedures to ... monitor, detect, and terminate any subcontractor, subgrantee, or employee of the recipient"
 * and "(3) ... neither the recipient, nor any subcontractor or subgrantee of the recipient ... is engaged" when "the
 * estimated value of the services required to be performed ... outside the United States exceeds $500,000".
 */
class RecipientContractRuleTest {

    private static SubmissionFixture recipientContract(long servicesAbroad, Boolean terminable) {
        Map<String, Object> parent = new HashMap<>();
        parent.put("id", "72062024CA00011");
        parent.put("instrument", "COOPERATIVE_AGREEMENT");
        parent.put("agency", "USAID");
        parent.put("recipient", "Health Partners International");
        parent.put("awardDate", "2024-03-01");
        parent.put("value", 4_000_000);
        parent.put("servicesValueOutsideUnitedStates", servicesAbroad);
        parent.put("contractAllowsTerminationForTrafficking", terminable);
        parent.put("contractIncludesProhibitions", true);
        return SubmissionFixture.compliant()
                .set("/award/instrument", "RECIPIENT_CONTRACT")
                .set("/award/department", "OTHER")
                .set("/award/parentAssistanceAward", parent);
    }

    @Test
    void farDoesNotApplyToAContractAwardedByARecipient() {
        ResultAssert result = recipientContract(500_001, true).evaluate()
                .planDecision(Outcome.OUT_OF_SCOPE)
                .fires("CTIP-APPL-06.recipient-contract")
                .fires("CTIP-GRANT-09.recipient-duties-not-the-contractors")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-APPL-06.assistance-plan-required")
                .status("CTIP-CERT-01", Status.NOT_APPLICABLE)
                .status("CTIP-PROHIB-04", Status.NOT_APPLICABLE)
                .status("CTIP-GRANT-04", Status.NOT_APPLICABLE)
                .status("CTIP-GRANT-01", Status.NOT_APPLICABLE)
                .fires("CTIP-GRANT-09.met")
                .status("CTIP-GRANT-09", Status.MET);
        assertThat(result.item("CTIP-GRANT-04").reason()).contains("A duty of the recipient");
        assertThat(result.item("CTIP-CERT-01").reason()).contains("not bound by FAR 52.222-50(h)");
    }

    @Test
    void aboveFiveHundredThousandAContractTheRecipientCannotTerminateIsMajor() {
        ResultAssert result = recipientContract(500_001, false).evaluate()
                .fires("CTIP-GRANT-09.termination-right-missing")
                .doesNotFire("CTIP-GRANT-09.met")
                .doesNotFire("CTIP-GRANT-09.not-covered")
                .doesNotFire("CTIP-GRANT-09.termination-right-not-stated")
                .doesNotFire("CTIP-GRANT-09.services-value-unknown")
                .doesNotFire("CTIP-GRANT-09.prohibitions-not-in-contract")
                .doesNotFire("CTIP-GRANT-09.not-a-recipient-contract")
                .status("CTIP-GRANT-09", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-09.termination-right-missing").severity()).isEqualTo(Severity.MAJOR);
        recipientContract(500_001, null).evaluate().fires("CTIP-GRANT-09.termination-right-not-stated")
                .status("CTIP-GRANT-09", Status.NEEDS_REVIEW);
    }

    @Test
    void atFiveHundredThousandNoCertificationCoversTheContractor() {
        recipientContract(500_000, false).evaluate()
                .doesNotFire("CTIP-GRANT-09.termination-right-missing")
                .fires("CTIP-GRANT-09.not-covered")
                .status("CTIP-GRANT-09", Status.NOT_APPLICABLE);
    }

    @Test
    void withoutTheServicesValueItIsForReview() {
        recipientContract(0, true).remove("/award/parentAssistanceAward/servicesValueOutsideUnitedStates").evaluate()
                .fires("CTIP-GRANT-09.services-value-unknown")
                .status("CTIP-GRANT-09", Status.NEEDS_REVIEW);
    }

    @Test
    void prohibitionsMissingFromTheContractAreAdviceOnly() {
        ResultAssert result = recipientContract(600_000, true).set("/award/parentAssistanceAward/contractIncludesProhibitions", false).evaluate()
                .fires("CTIP-GRANT-09.prohibitions-not-in-contract")
                .status("CTIP-GRANT-09", Status.MET_WITH_ADVICE);
        assertThat(result.finding("CTIP-GRANT-09.prohibitions-not-in-contract").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void theContractorsOwnConductIsStillCheckedAgainstTheActsOf7104g() {
        ResultAssert result = recipientContract(600_000, true).set("/workforce/identityDocuments/employerHoldsDocuments", true).evaluate()
                .status("CTIP-GRANT-02", Status.NEEDS_REVIEW);
        assertThat(result.item("CTIP-GRANT-02").reason()).contains("identity or immigration documents");
        recipientContract(600_000, true).evaluate().status("CTIP-GRANT-02", Status.MET);
    }

    @Test
    void aGrantItselfIsNotARecipientContract() {
        SubmissionFixture.compliant().set("/award/instrument", "GRANT").evaluate()
                .fires("CTIP-GRANT-09.not-a-recipient-contract")
                .doesNotFire("CTIP-GRANT-09.recipient-duties-not-the-contractors")
                .status("CTIP-GRANT-09", Status.NOT_APPLICABLE);
        SubmissionFixture.compliant().evaluate().doesNotFire("CTIP-APPL-06.recipient-contract").status("CTIP-GRANT-09", Status.NOT_APPLICABLE);
    }
}
