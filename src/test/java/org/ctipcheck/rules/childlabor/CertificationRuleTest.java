package org.ctipcheck.rules.childlabor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.childlabor.ChildLaborFixtures.garments;
import static org.ctipcheck.rules.childlabor.ChildLaborFixtures.product;
import static org.ctipcheck.rules.childlabor.ChildLaborFixtures.supply;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** rules/child-labor/ctip-cl-03-certification.drl: the 52.222-18 certification for listed end products. */
class CertificationRuleTest {

    @Test
    void meetsTheRequirementWithOptionC2AndADocumentedGoodFaithEffort() {
        garments().evaluate()
                .fires("CTIP-CL-03.met")
                .doesNotFire("CTIP-CL-03.good-faith-effort-undocumented")
                .doesNotFire("CTIP-CL-03.listed-product-contradicts-c1")
                .doesNotFire("CTIP-CL-03.solicitation-lacks-provision")
                .doesNotFire("CTIP-CL-03.solicitation-unknown")
                .doesNotFire("CTIP-CL-03.no-certification")
                .doesNotFire("CTIP-CL-03.no-listed-end-product")
                .status("CTIP-CL-03", Status.MET);
    }

    @Test
    void blocksAListedEndProductWithoutAnyCertification() {
        ResultAssert result = garments().set("/childLabor/option", null).evaluate()
                .fires("CTIP-CL-03.no-certification")
                .doesNotFire("CTIP-CL-03.met")
                .status("CTIP-CL-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-CL-03.no-certification").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-CL-03.no-certification").message()).contains("Garments (VN)");
    }

    @Test
    void flagsOptionC2WithoutADocumentedGoodFaithEffortAsMajor() {
        ResultAssert result = garments().set("/childLabor/goodFaithEffortDocumented", false).evaluate()
                .fires("CTIP-CL-03.good-faith-effort-undocumented")
                .doesNotFire("CTIP-CL-03.met")
                .status("CTIP-CL-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-CL-03.good-faith-effort-undocumented").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void blocksOptionC1WhenAListedEndProductIsSuppliedAnyway() {
        ResultAssert result = garments().set("/childLabor/option", "WILL_NOT_SUPPLY_LISTED_PRODUCTS").evaluate()
                .fires("CTIP-CL-03.listed-product-contradicts-c1")
                .doesNotFire("CTIP-CL-03.met")
                .status("CTIP-CL-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-CL-03.listed-product-contradicts-c1").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void matchesTheListOnProductAndCountryNameIgnoringCaseAndSpacing() {
        supply(product("  dried   FISH ", "BD", 50000)).set("/childLabor/option", null).evaluate()
                .fires("CTIP-CL-03.no-certification");
    }

    /** The shipped E.O. 13126 list is as of 2019-03-25 and to be renewed every 24 months: current through 2021-03-25. */
    @Test
    void doesNotApplyToAListedProductFromACountryItIsNotListedFor() {
        supply(product("Garments", "BD", 900000)).set("/childLabor/option", null).asOf("2021-03-25").evaluate()
                .fires("CTIP-CL-03.no-listed-end-product")
                .doesNotFire("CTIP-CL-03.list-stale")
                .doesNotFire("CTIP-CL-03.no-certification")
                .status("CTIP-CL-03", Status.NOT_APPLICABLE);
    }

    /** Issue 13, item 3: a stale list gives NEEDS_REVIEW, not NOT_APPLICABLE (FAR 22.1503(c), 52.222-18(c)). */
    @Test
    void aNonMatchAgainstAListOlderThanItsCadenceNeedsReview() {
        ResultAssert result = supply(product("Garments", "BD", 900000)).set("/childLabor/option", null).asOf("2021-03-26").evaluate()
                .fires("CTIP-CL-03.list-stale")
                .doesNotFire("CTIP-CL-03.no-listed-end-product")
                .status("CTIP-CL-03", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-CL-03.list-stale").message()).contains("as of 2019-03-25");
        garments().set("/childLabor/option", null).asOf("2026-03-01").evaluate()
                .doesNotFire("CTIP-CL-03.list-stale"); // a listed product is matched, stale or not
    }

    /** The boundary: as of 2021-03-25 (asOf + 24 months) the list is current, a day later it is not; CTIP-CL-02 likewise. */
    @Test
    void theTradeAgreementExceptionIsOpenOnAStaleListFromTheDayAfterItsLastCurrentDay() {
        supply(product("Garments", "BD", 900000)).set("/childLabor/option", null).asOf("2021-03-25").evaluate()
                .fires("CTIP-CL-02.no-listed-end-product")
                .doesNotFire("CTIP-CL-02.list-not-current")
                .status("CTIP-CL-02", Status.NOT_APPLICABLE);
        ResultAssert result = supply(product("Garments", "BD", 900000)).set("/childLabor/option", null).asOf("2021-03-26")
                .evaluate()
                .fires("CTIP-CL-02.list-not-current")
                .doesNotFire("CTIP-CL-02.no-listed-end-product")
                .status("CTIP-CL-02", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-CL-02.list-not-current").message()).contains("as of 2019-03-25")
                .contains("out of date on 2021-03-26");
        garments().asOf("2026-03-01").evaluate().doesNotFire("CTIP-CL-02.list-not-current"); // a listed product matched
    }

    /** A list marked partial in lists.yaml clears nothing, whatever the date (issue 13, item 3). */
    @Test
    void aNonMatchAgainstAPartialListNeedsReviewEvenWhileCurrent() {
        org.ctipcheck.submission.ReferenceListEdition shipped = org.ctipcheck.fixtures.TestRules.ruleset().referenceLists()
                .stream().filter(list -> list.id().equals("eo13126")).findFirst().orElseThrow();
        org.ctipcheck.submission.ReferenceListEdition partial = new org.ctipcheck.submission.ReferenceListEdition(
                shipped.id(), shipped.name(), shipped.edition(), shipped.asOf(), shipped.staleAfterMonths(), true,
                "a country-product pair is missing", shipped.entries());
        org.ctipcheck.evaluation.ComplianceEvaluator withPartialList = new org.ctipcheck.evaluation.ComplianceEvaluator(
                org.ctipcheck.fixtures.TestRules.ruleset().withReferenceLists(java.util.List.of(partial)));
        ResultAssert result = supply(product("Garments", "BD", 900000)).set("/childLabor/option", null).asOf("2020-01-01")
                .evaluate(withPartialList)
                .fires("CTIP-CL-03.list-stale")
                .fires("CTIP-CL-02.list-not-current")
                .doesNotFire("CTIP-CL-03.no-listed-end-product")
                .status("CTIP-CL-03", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-CL-03.list-stale").message()).contains("is partial")
                .contains("a country-product pair is missing");
        supply(product("Garments", "BD", 900000)).set("/childLabor/option", null).asOf("2020-01-01").evaluate()
                .fires("CTIP-CL-03.no-listed-end-product") // the shipped list, complete as of 2019-03-25, is current
                .doesNotFire("CTIP-CL-03.list-stale");
    }

    @Test
    void reportsAGovernmentSideOmissionWhenTheSolicitationLackedTheProvision() {
        ResultAssert result = garments().set("/childLabor/solicitationIncludes52_222_18", false).set("/childLabor/option", null).evaluate()
                .fires("CTIP-CL-03.solicitation-lacks-provision")
                .doesNotFire("CTIP-CL-03.no-certification")
                .status("CTIP-CL-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-CL-03.solicitation-lacks-provision").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void asksWhetherTheSolicitationContainedTheProvision() {
        garments().set("/childLabor/solicitationIncludes52_222_18", null).evaluate()
                .fires("CTIP-CL-03.solicitation-unknown")
                .doesNotFire("CTIP-CL-03.met")
                .status("CTIP-CL-03", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForTheEndProductsOfASupplyContractWith52_222_19ButNoChildLaborSection() {
        SubmissionFixture.compliant().set("/award/portions/0/kind", "SUPPLIES").set("/award/portions/0/cots", false)
                .set("/award/otherClauses", java.util.List.of("52.222-19")).evaluate()
                .fires("CTIP-CL-03.end-products-not-described")
                .status("CTIP-CL-03", Status.NEEDS_REVIEW);
    }

    @Test
    void doesNotAskASupplyContractWithoutTheClauseOrAChildLaborSection() {
        SubmissionFixture.compliant().set("/award/portions/0/kind", "SUPPLIES").set("/award/portions/0/cots", false).evaluate()
                .doesNotFire("CTIP-CL-03.end-products-not-described")
                .status("CTIP-CL-03", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotApplyToAServicesContractWithoutAChildLaborSection() {
        SubmissionFixture.compliant().evaluate()
                .doesNotFire("CTIP-CL-03.end-products-not-described")
                .fires("CTIP-CL-03.no-listed-end-product")
                .status("CTIP-CL-03", Status.NOT_APPLICABLE);
    }

    @Test
    void isNotApplicableToAGrant() {
        garments().set("/childLabor/option", null).set("/award/instrument", "GRANT").evaluate()
                .doesNotFire("CTIP-CL-03.no-certification")
                .doesNotFire("CTIP-CL-03.no-listed-end-product")
                .status("CTIP-CL-03", Status.NOT_APPLICABLE);
    }
}
