package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.assistance.Grants.grant;

import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** rules/assistance/ctip-grant-02-prohibited-conduct.drl: the acts of 22 U.S.C. 7104(g) in the workforce section. */
class ProhibitedConductRuleTest {

    /** The rule that fired (given as the first fires call) is a BLOCKER and the requirement is not met. */
    private static void blocker(ResultAssert result, String ruleId) {
        result.doesNotFire("CTIP-GRANT-02.met").status("CTIP-GRANT-02", Status.NOT_MET);
        assertThat(result.finding(ruleId).severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void meetsTheRequirementWhenNoProhibitedActIsAttested() {
        grant().evaluate()
                .fires("CTIP-GRANT-02.met")
                .doesNotFire("CTIP-GRANT-02.recruitment-fee-charged")
                .doesNotFire("CTIP-GRANT-02.false-pretenses")
                .doesNotFire("CTIP-GRANT-02.no-workforce-attestation")
                .status("CTIP-GRANT-02", Status.MET);
    }

    @Test
    void blocksIdentityDocumentsHeldWithoutAccess() {
        blocker(grant().set("/workforce/identityDocuments/employerHoldsDocuments", true)
                .set("/workforce/identityDocuments/accessOnDemand", false)
                .evaluate().fires("CTIP-GRANT-02.identity-documents-withheld"), "CTIP-GRANT-02.identity-documents-withheld");
    }

    @Test
    void acceptsIdentityDocumentsHeldWithAccessOnDemand() {
        grant().set("/workforce/identityDocuments/employerHoldsDocuments", true)
                .set("/workforce/identityDocuments/accessOnDemand", true).evaluate()
                .doesNotFire("CTIP-GRANT-02.identity-documents-withheld")
                .doesNotFire("CTIP-GRANT-02.identity-document-access-unknown")
                .fires("CTIP-GRANT-02.met");
    }

    @Test
    void asksWhetherHeldIdentityDocumentsAreAccessible() {
        grant().set("/workforce/identityDocuments/employerHoldsDocuments", true).evaluate()
                .fires("CTIP-GRANT-02.identity-document-access-unknown")
                .doesNotFire("CTIP-GRANT-02.met")
                .status("CTIP-GRANT-02", Status.NEEDS_REVIEW);
    }

    @Test
    void blocksARecruitmentFeeInAnyForm() {
        blocker(grant().set("/workforce/feesChargedToWorkers",
                List.of(Map.of("form", "WAGE_DEDUCTIONS", "description", "visa processing", "chargedBy", "labor broker")))
                .evaluate().fires("CTIP-GRANT-02.recruitment-fee-charged"), "CTIP-GRANT-02.recruitment-fee-charged");
    }

    @Test
    void blocksReturnTransportThatIsNotProvided() {
        blocker(grant().set("/workforce/returnTransportation/providedOrPaid", false)
                .evaluate().fires("CTIP-GRANT-02.return-transport-refused"), "CTIP-GRANT-02.return-transport-refused");
    }

    @Test
    void blocksReturnTransportConditionedOnRepayment() {
        blocker(grant().set("/workforce/returnTransportation/conditionedOnRepayment", true)
                .evaluate().fires("CTIP-GRANT-02.return-transport-refused"), "CTIP-GRANT-02.return-transport-refused");
    }

    @Test
    void acceptsReturnTransportConditionedOnCompletingTheTermBecauseTheStatuteOwesItOnRequest() {
        grant().set("/workforce/returnTransportation/conditionedOnCompletingTerm", true).evaluate()
                .doesNotFire("CTIP-GRANT-02.return-transport-refused")
                .fires("CTIP-GRANT-02.met");
    }

    @Test
    void ignoresReturnTransportWhenNoWorkerIsBroughtIn() {
        grant().set("/workforce/nonUsWorkersBroughtIn", false).set("/workforce/returnTransportation/providedOrPaid", false).evaluate()
                .doesNotFire("CTIP-GRANT-02.return-transport-refused")
                .fires("CTIP-GRANT-02.met");
    }

    @Test
    void blocksFalsePretensesInRecruitment() {
        blocker(grant().set("/workforce/recruitmentDisclosure/misrepresentationFound", true)
                .evaluate().fires("CTIP-GRANT-02.false-pretenses"), "CTIP-GRANT-02.false-pretenses");
    }

    @Test
    void blocksHousingBelowHostCountryStandards() {
        blocker(grant().set("/workforce/housingConditions/meetsHostCountryStandards", false)
                .evaluate().fires("CTIP-GRANT-02.housing-below-standards"), "CTIP-GRANT-02.housing-below-standards");
    }

    @Test
    void asksForTheWorkforceSectionWhenItIsMissing() {
        grant().remove("/workforce").evaluate()
                .fires("CTIP-GRANT-02.no-workforce-attestation")
                .doesNotFire("CTIP-GRANT-02.met")
                .status("CTIP-GRANT-02", Status.NEEDS_REVIEW);
    }

    @Test
    void isNotApplicableToAContract() {
        SubmissionFixture.compliant().set("/workforce/housingConditions/meetsHostCountryStandards", false).evaluate()
                .doesNotFire("CTIP-GRANT-02.housing-below-standards")
                .doesNotFire("CTIP-GRANT-02.met")
                .status("CTIP-GRANT-02", Status.NOT_APPLICABLE);
    }
}
