package org.ctipcheck.rules.supplychain;

import static org.ctipcheck.fixtures.AttestationFixture.CIVILIAN_NOV_2021;
import static org.ctipcheck.fixtures.AttestationFixture.DOD_NOV_2021;

import java.math.BigDecimal;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.ContractTerms;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 6, written from the texts: FAR 22.1503(c) and 52.222-18 (end products), 52.222-50(i)(1)-(2)
 * (certifications above the threshold), UFLPA sec. 3(a) and DFARS 252.225-7060(b) (DoD only), and 52.222-50(b)(4),
 * (b)(6), (b)(9) graded as the CTIP-PROHIB rules grade them.
 */
class SupplyChainPrecisionRuleTest {
    private static final ContractTerms OCT_2025 = new ContractTerms(false, "FAR 52.222-50 (OCT 2025)",
            new BigDecimal("700000"), true, null);
    private static final ContractTerms FEB_2009 = new ContractTerms(false, "FAR 52.222-50 (FEB 2009)", null, false, null);

    private static AttestationFixture subcontractWithoutPreAward(String coveredValue) {
        return AttestationFixture.compliant().set("pre_award_cert_date", "").set("annual_cert_date", "")
                .set("covered_value", coveredValue);
    }

    // CTIP-SC-02, FAR 22.1503(c): "before the contracting officer may make an award for an end product [...] of a
    // type identified by country of origin on the List the offeror must certify".

    @Test
    void sc02AListedEndProductNeedsTheCertificationButAComponentDoesNot() {
        AttestationFixture.compliant().set("country", "MM").set("goods", "teak logs").set("end_product", "yes").evaluate()
                .fires("CTIP-SC-02.no-certification").severity("CTIP-SC-02.no-certification", Severity.BLOCKER);
        AttestationFixture.compliant().set("country", "MM").set("goods", "teak logs").set("end_product", "no").evaluate()
                .doesNotFire("CTIP-SC-02.no-certification").doesNotFire("CTIP-SC-02.end-product-not-stated");
    }

    @Test
    void sc02AListedGoodWithoutTheEndProductColumnIsForReview() {
        AttestationFixture.compliant().set("country", "TH").set("goods", "frozen shrimp").evaluate()
                .fires("CTIP-SC-02.end-product-not-stated")
                .status("CTIP-SC-02.end-product-not-stated", Status.NEEDS_REVIEW)
                .doesNotFire("CTIP-SC-02.no-certification");
        AttestationFixture.compliant().set("country", "TH").set("goods", "frozen shrimp").set("eo13126_certified", "yes")
                .evaluate().doesNotFire("CTIP-SC-02.end-product-not-stated");
    }

    @Test
    void sc02AnHsCodeOfAListedEndProductNeedsTheCertification() {
        AttestationFixture.compliant().set("country", "TH").set("goods", "seafood").set("hs_code", "0306.17")
                .set("end_product", "true").evaluate().fires("CTIP-SC-02.no-certification")
                .messageContains("CTIP-SC-02.no-certification", "Shrimp");
    }

    // CTIP-SC-03.listed-family-unmatched: a miss is never silent when the country lists goods of the family.

    @Test
    void sc03AGoodMatchingNothingListedInAListedFamilyIsForReviewNamingTheCandidates() {
        AttestationFixture.compliant().set("country", "TH").set("goods", "seafood").evaluate()
                .fires("CTIP-SC-03.listed-family-unmatched")
                .status("CTIP-SC-03.listed-family-unmatched", Status.NEEDS_REVIEW)
                .messageContains("CTIP-SC-03.listed-family-unmatched", "Fish, Shrimp");
        AttestationFixture.compliant().set("country", "TH").set("goods", "frozen shrimp").evaluate()
                .doesNotFire("CTIP-SC-03.listed-family-unmatched");
        AttestationFixture.compliant().set("country", "US").set("goods", "seafood").evaluate()
                .doesNotFire("CTIP-SC-03.listed-family-unmatched");
        AttestationFixture.compliant().set("country", "CN").set("goods", "tinted glass").evaluate()
                .noFindings();
    }

    // CTIP-SC-04: UFLPA sec. 3(a) (imports, CBP); DFARS 252.225-7060(b) only in DoD contracts.

    @Test
    void sc04AUflpaMatchOnADodContractIsABlockerCitingTheDfarsClause() {
        AttestationFixture.compliant().set("supplier_name", "Turpan Esquel Textile Co Ltd").evaluate(DOD_NOV_2021)
                .fires("CTIP-SC-04.uflpa-match").severity("CTIP-SC-04.uflpa-match", Severity.BLOCKER)
                .citationContains("CTIP-SC-04.uflpa-match", "DFARS 252.225-7060(b)")
                .citationContains("CTIP-SC-04.uflpa-match", "UFLPA Pub. L. 117-78")
                .doesNotFire("CTIP-SC-04.uflpa-match-non-dod");
    }

    @Test
    void sc04AUflpaMatchOnANonDodContractIsMajorAndSaysWhy() {
        AttestationFixture.compliant().set("supplier_name", "Turpan Esquel Textile Co Ltd").evaluate(CIVILIAN_NOV_2021)
                .fires("CTIP-SC-04.uflpa-match-non-dod").severity("CTIP-SC-04.uflpa-match-non-dod", Severity.MAJOR)
                .citationContains("CTIP-SC-04.uflpa-match-non-dod", "UFLPA Pub. L. 117-78 sec. 3(a)")
                .citationLacks("CTIP-SC-04.uflpa-match-non-dod", "DFARS")
                .messageContains("CTIP-SC-04.uflpa-match-non-dod", "not a DoD contract")
                .messageContains("CTIP-SC-04.uflpa-match-non-dod", "import (CBP enforcement)")
                .doesNotFire("CTIP-SC-04.uflpa-match");
        AttestationFixture.compliant().evaluate(CIVILIAN_NOV_2021).doesNotFire("CTIP-SC-04.uflpa-match-non-dod");
    }

    @Test
    void sc04CloseMatchesAndXuarInputsCiteTheDfarsClauseOnlyForDod() {
        AttestationFixture.compliant().set("supplier_name", "Xinjiang Tengxiang Magnesium Product Co.").evaluate(CIVILIAN_NOV_2021)
                .fires("CTIP-SC-04.uflpa-close-match-non-dod").citationLacks("CTIP-SC-04.uflpa-close-match-non-dod", "DFARS")
                .doesNotFire("CTIP-SC-04.uflpa-close-match");
        AttestationFixture.compliant().set("supplier_name", "Xinjiang Cotton Trading Co., Ltd.").evaluate(CIVILIAN_NOV_2021)
                .doesNotFire("CTIP-SC-04.uflpa-close-match-non-dod");
        AttestationFixture.compliant().set("xuar_inputs", "true").evaluate(CIVILIAN_NOV_2021)
                .fires("CTIP-SC-04.xuar-inputs-non-dod").citationLacks("CTIP-SC-04.xuar-inputs-non-dod", "DFARS")
                .messageContains("CTIP-SC-04.xuar-inputs-non-dod", "not a DoD contract").doesNotFire("CTIP-SC-04.xuar-inputs");
        AttestationFixture.compliant().set("xuar_inputs", "true").evaluate(DOD_NOV_2021)
                .citationContains("CTIP-SC-04.xuar-inputs", "DFARS 252.225-7060(b)").doesNotFire("CTIP-SC-04.xuar-inputs-non-dod");
    }

    // CTIP-SC-06, FAR 52.222-50(i)(1)(ii) with (i)(2): certifications only for a covered portion that "exceeds" the
    // threshold; the flow-down, (i)(1), for every subcontract.

    @Test
    void sc06APreAwardCertificationIsOwedOneDollarAboveTheNov2021Threshold() {
        subcontractWithoutPreAward("550001").evaluate(CIVILIAN_NOV_2021).fires("CTIP-SC-06.pre-award-missing")
                .messageContains("CTIP-SC-06.pre-award-missing", "$550,000");
        subcontractWithoutPreAward("550000").evaluate(CIVILIAN_NOV_2021).doesNotFire("CTIP-SC-06.pre-award-missing")
                .doesNotFire("CTIP-SC-06.covered-value-unknown");
        subcontractWithoutPreAward("549999").evaluate(CIVILIAN_NOV_2021).doesNotFire("CTIP-SC-06.pre-award-missing");
    }

    @Test
    void sc06TheOct2025ThresholdIsSevenHundredThousand() {
        subcontractWithoutPreAward("700001").evaluate(OCT_2025).fires("CTIP-SC-06.pre-award-missing");
        subcontractWithoutPreAward("700000").evaluate(OCT_2025).doesNotFire("CTIP-SC-06.pre-award-missing");
        subcontractWithoutPreAward("699999.99").evaluate(OCT_2025).doesNotFire("CTIP-SC-06.pre-award-missing");
    }

    @Test
    void sc06AnAnnualCertificationIsOwedOnlyAboveTheThreshold() {
        AttestationFixture.compliant().set("annual_cert_date", "2025-01-01").set("covered_value", "550001")
                .evaluate(CIVILIAN_NOV_2021).fires("CTIP-SC-06.annual-lapsed");
        AttestationFixture.compliant().set("annual_cert_date", "2025-01-01").set("covered_value", "550000")
                .evaluate(CIVILIAN_NOV_2021).doesNotFire("CTIP-SC-06.annual-lapsed");
    }

    @Test
    void sc06AMissingCertificationWithoutTheCoveredValueOrThresholdIsForReview() {
        subcontractWithoutPreAward("").evaluate(CIVILIAN_NOV_2021).fires("CTIP-SC-06.covered-value-unknown")
                .status("CTIP-SC-06.covered-value-unknown", Status.NEEDS_REVIEW).doesNotFire("CTIP-SC-06.pre-award-missing");
        subcontractWithoutPreAward("900000").evaluate(ContractTerms.UNKNOWN).fires("CTIP-SC-06.covered-value-unknown")
                .messageContains("CTIP-SC-06.covered-value-unknown", "threshold is not known");
        subcontractWithoutPreAward("").evaluate(FEB_2009).doesNotFire("CTIP-SC-06.covered-value-unknown")
                .doesNotFire("CTIP-SC-06.pre-award-missing");
        AttestationFixture.compliant().evaluate(CIVILIAN_NOV_2021).doesNotFire("CTIP-SC-06.covered-value-unknown");
    }

    @Test
    void sc06TheFlowDownIsOwedWhateverTheCoveredValue() {
        AttestationFixture.compliant().set("clause_flowed_down", "no").set("covered_value", "1000")
                .evaluate(CIVILIAN_NOV_2021).fires("CTIP-SC-06.clause-not-flowed-down");
    }

    // CTIP-SC-ILO: the same fact, the same severity as the (b) prohibition rules.

    @Test
    void iloHeldIdentityDocumentsAreABlockerAsUnderProhib04() {
        AttestationFixture.compliant().set("id_documents_held", "yes").evaluate()
                .severity("CTIP-SC-ILO.identity-documents-held", Severity.BLOCKER)
                .citationContains("CTIP-SC-ILO.identity-documents-held", "FAR 52.222-50(b)(4)");
    }

    @Test
    void iloWorkerPaidFeesAreABlockerAsUnderProhib06() {
        AttestationFixture.compliant().set("recruitment_fees_charged", "yes").evaluate()
                .severity("CTIP-SC-ILO.worker-paid-fees", Severity.BLOCKER)
                .citationContains("CTIP-SC-ILO.worker-paid-fees", "FAR 52.222-50(b)(6)");
    }

    @Test
    void iloNoWrittenContractIsABlockerOnlyWhereTheContractRequiresWorkDocumentsAsUnderProhib09() {
        AttestationFixture migrants = AttestationFixture.compliant().set("migrant_workers", "12")
                .set("recruitment_countries", "NP").set("written_contract_in_language", "no");
        migrants.evaluate(new ContractTerms(false, null, null, true, true))
                .severity("CTIP-SC-ILO.no-written-contract", Severity.BLOCKER)
                .doesNotFire("CTIP-SC-ILO.no-written-contract-requirement-unknown");
        migrants.evaluate(new ContractTerms(false, null, null, true, false))
                .fires("CTIP-SC-ILO.no-written-contract-requirement-unknown")
                .messageContains("CTIP-SC-ILO.no-written-contract-requirement-unknown", "does not require")
                .doesNotFire("CTIP-SC-ILO.no-written-contract");
        migrants.evaluate().status("CTIP-SC-ILO.no-written-contract-requirement-unknown", Status.NEEDS_REVIEW)
                .messageContains("CTIP-SC-ILO.no-written-contract-requirement-unknown", "does not say");
    }
}
