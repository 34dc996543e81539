package org.ctipcheck.rules.supplychain;

import java.time.LocalDate;
import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.ContractTerms;
import org.ctipcheck.submission.ReferenceListEdition;
import org.junit.jupiter.api.Test;

class SupplyChainRuleTest {

    @Test
    void aCompliantRowHasNoFindingAndLowRisk() {
        AttestationFixture.compliant().evaluate().noFindings().riskLevel(RiskLevel.LOW);
    }

    @Test
    void aRowWithoutTierOrCountryIsIncompletelyIdentified() {
        AttestationFixture.compliant().set("tier", "").evaluate()
                .fires("CTIP-SC-01.identity-incomplete").messageContains("CTIP-SC-01.identity-incomplete", "tier");
        AttestationFixture.compliant().set("country", "").evaluate().fires("CTIP-SC-01.identity-incomplete");
        AttestationFixture.compliant().evaluate().doesNotFire("CTIP-SC-01.identity-incomplete");
    }

    @Test
    void aRecruiterWithoutRecruitmentCountriesIsIncompletelyIdentifiedButNotWithThem() {
        AttestationFixture.compliant().set("role", "labor_recruiter").evaluate().fires("CTIP-SC-01.identity-incomplete");
        AttestationFixture.compliant().set("role", "labor_recruiter").set("recruitment_countries", "NP;Philippines")
                .evaluate().doesNotFire("CTIP-SC-01.identity-incomplete");
    }

    @Test
    void aTierTwoRowNeedsItsParent() {
        AttestationFixture.compliant().set("tier", "2").evaluate().fires("CTIP-SC-01.identity-incomplete");
        AttestationFixture.compliant().set("tier", "2").set("parent_id", "S-0").evaluate()
                .doesNotFire("CTIP-SC-01.identity-incomplete");
    }

    @Test
    void anEo13126ProductFromAListedCountryNeedsTheCertification() {
        AttestationFixture.compliant().set("country", "Burma").set("goods", "Teak").set("end_product", "yes").evaluate()
                .fires("CTIP-SC-02.no-certification").riskLevel(RiskLevel.CRITICAL);
        AttestationFixture.compliant().set("country", "MM").set("goods", "teak").set("end_product", "yes")
                .set("eo13126_certified", "yes").evaluate().doesNotFire("CTIP-SC-02.no-certification");
        AttestationFixture.compliant().set("country", "US").set("goods", "teak").set("end_product", "yes").evaluate()
                .doesNotFire("CTIP-SC-02.no-certification");
    }

    @Test
    void aListedGoodWithoutAuditHasNoRiskTreatment() {
        AttestationFixture.compliant().set("country", "China").set("goods", "Cotton").set("audit_type", "")
                .set("audit_date", "").evaluate()
                .fires("CTIP-SC-03.no-risk-treatment").messageContains("CTIP-SC-03.no-risk-treatment", "Cotton (CN)");
        AttestationFixture.compliant().set("country", "China").set("goods", "Cotton").set("eo13126_certified", "true")
                .evaluate().doesNotFire("CTIP-SC-03.no-risk-treatment").riskLevel(RiskLevel.MEDIUM);
    }

    @Test
    void recruitmentInATierThreeCountryWithoutAuditHasNoRiskTreatment() {
        AttestationFixture.compliant().set("migrant_workers", "20").set("recruitment_countries", "Burma")
                .set("written_contract_in_language", "true").set("audit_type", "").set("audit_date", "").evaluate()
                .fires("CTIP-SC-03.no-risk-treatment");
        AttestationFixture.compliant().set("migrant_workers", "20").set("recruitment_countries", "Philippines")
                .set("written_contract_in_language", "true").set("audit_type", "").set("audit_date", "").evaluate()
                .doesNotFire("CTIP-SC-03.no-risk-treatment");
    }

    @Test
    void aSelfAssessmentOrAnAuditOlderThanTwoYearsIsThinTreatment() {
        AttestationFixture.compliant().set("country", "CN").set("goods", "cotton").set("audit_type", "SELF_ASSESSMENT")
                .evaluate().fires("CTIP-SC-03.thin-risk-treatment");
        AttestationFixture.compliant().set("country", "CN").set("goods", "cotton").set("audit_date", "2024-11-27")
                .evaluate().fires("CTIP-SC-03.thin-risk-treatment");
        AttestationFixture.compliant().set("country", "CN").set("goods", "cotton").set("audit_date", "2024-11-28")
                .evaluate().doesNotFire("CTIP-SC-03.thin-risk-treatment");
        AttestationFixture.compliant().set("audit_type", "SELF_ASSESSMENT").evaluate()
                .doesNotFire("CTIP-SC-03.thin-risk-treatment");
    }

    @Test
    void aSupplierOnTheUflpaListIsABlocker() {
        AttestationFixture.compliant().set("supplier_name", "XINJIANG TENGXIANG MAGNESIUM PRODUCTS CO LTD")
                .evaluate(AttestationFixture.DOD_NOV_2021).fires("CTIP-SC-04.uflpa-match").riskLevel(RiskLevel.CRITICAL);
        AttestationFixture.compliant().set("aliases", "Other Name;HY Solar").evaluate(AttestationFixture.DOD_NOV_2021)
                .fires("CTIP-SC-04.uflpa-match");
        AttestationFixture.compliant().evaluate(AttestationFixture.DOD_NOV_2021).doesNotFire("CTIP-SC-04.uflpa-match");
    }

    @Test
    void aCloseUflpaNameNeedsReviewWithItsSimilarity() {
        AttestationFixture.compliant().set("supplier_name", "Xinjiang Tengxiang Magnesium Product Co.")
                .evaluate(AttestationFixture.DOD_NOV_2021).fires("CTIP-SC-04.uflpa-close-match").status("CTIP-SC-04.uflpa-close-match", Status.NEEDS_REVIEW)
                .messageContains("CTIP-SC-04.uflpa-close-match", "similarity 0.9")
                .doesNotFire("CTIP-SC-04.uflpa-match");
        AttestationFixture.compliant().set("supplier_name", "Xinjiang Cotton Trading Co., Ltd.").evaluate()
                .doesNotFire("CTIP-SC-04.uflpa-close-match");
    }

    @Test
    void xuarOriginInputsAreFlagged() {
        AttestationFixture.compliant().set("xuar_inputs", "true").evaluate(AttestationFixture.DOD_NOV_2021)
                .fires("CTIP-SC-04.xuar-inputs");
        AttestationFixture.compliant().set("xuar_inputs", "").evaluate(AttestationFixture.DOD_NOV_2021)
                .doesNotFire("CTIP-SC-04.xuar-inputs");
    }

    @Test
    void aSubcontractorNotScreenedAgainstSamIsFlaggedButAGoodsSupplierIsNot() {
        AttestationFixture.compliant().set("sam_screened", "").evaluate().fires("CTIP-SC-05.not-screened");
        AttestationFixture.compliant().set("sam_screened", "").set("role", "supplier").evaluate()
                .doesNotFire("CTIP-SC-05.not-screened");
    }

    @Test
    void aCoveredSubcontractWithoutPreAwardCertificationIsABlocker() {
        AttestationFixture.compliant().set("pre_award_cert_date", "").set("covered_value", "600000")
                .evaluate(AttestationFixture.CIVILIAN_NOV_2021).fires("CTIP-SC-06.pre-award-missing");
        AttestationFixture.compliant().set("covered_value", "600000").evaluate(AttestationFixture.CIVILIAN_NOV_2021)
                .doesNotFire("CTIP-SC-06.pre-award-missing");
    }

    @Test
    void anAnnualCertificationMoreThanAYearOldHasLapsed() {
        AttestationFixture.compliant().set("annual_cert_date", "2025-11-27").set("covered_value", "600000")
                .evaluate(AttestationFixture.CIVILIAN_NOV_2021).fires("CTIP-SC-06.annual-lapsed");
        AttestationFixture.compliant().set("annual_cert_date", "2025-11-28").set("covered_value", "600000")
                .evaluate(AttestationFixture.CIVILIAN_NOV_2021).doesNotFire("CTIP-SC-06.annual-lapsed");
    }

    @Test
    void theClauseMustBeFlowedDownToCoveredSubcontracts() {
        AttestationFixture.compliant().set("clause_flowed_down", "no").evaluate().fires("CTIP-SC-06.clause-not-flowed-down");
        AttestationFixture.compliant().evaluate().doesNotFire("CTIP-SC-06.clause-not-flowed-down");
    }

    @Test
    void optionBNeedsARemediationRecord() {
        AttestationFixture.compliant().set("due_diligence_option", "B").evaluate().fires("CTIP-SC-07.no-remediation-record");
        AttestationFixture.compliant().set("due_diligence_option", "B").set("remediation_record", "REM-7").evaluate()
                .doesNotFire("CTIP-SC-07.no-remediation-record");
    }

    @Test
    void aListPastItsCadenceIsStaleAndAPartialListSaysSo() {
        ReferenceListEdition uflpa = new ReferenceListEdition("uflpa", "UFLPA", "x", LocalDate.of(2025, 1, 15), 6, false, null, 15);
        AttestationFixture.evaluateLists(List.of(uflpa), LocalDate.of(2025, 7, 16)).fires("CTIP-SC-08.stale-list");
        AttestationFixture.evaluateLists(List.of(uflpa), LocalDate.of(2025, 7, 15)).doesNotFire("CTIP-SC-08.stale-list")
                .doesNotFire("CTIP-SC-08.partial-list");
        ReferenceListEdition partial = new ReferenceListEdition("uflpa", "UFLPA", "x", LocalDate.of(2025, 1, 15), 6, true,
                "15 of 144", 15);
        AttestationFixture.evaluateLists(List.of(partial), LocalDate.of(2025, 2, 1)).fires("CTIP-SC-08.partial-list");
    }

    @Test
    void theShippedListsAreReportedStaleAndPartialOnTheEvaluationDate() {
        AttestationFixture.evaluateLists(AttestationFixture.lists().editions(), AttestationFixture.TODAY)
                .fires("CTIP-SC-08.stale-list").fires("CTIP-SC-08.partial-list");
    }

    @Test
    void heldIdentityDocumentsAreAnIloIndicator() {
        AttestationFixture.compliant().set("id_documents_held", "true").evaluate().fires("CTIP-SC-ILO.identity-documents-held");
        AttestationFixture.compliant().evaluate().doesNotFire("CTIP-SC-ILO.identity-documents-held");
    }

    @Test
    void workerPaidRecruitmentFeesAreABlocker() {
        AttestationFixture.compliant().set("recruitment_fees_charged", "true").evaluate()
                .fires("CTIP-SC-ILO.worker-paid-fees").riskLevel(RiskLevel.CRITICAL);
        AttestationFixture.compliant().evaluate().doesNotFire("CTIP-SC-ILO.worker-paid-fees");
    }

    @Test
    void withheldWagesAndRestrictedMovementAreIloIndicators() {
        AttestationFixture.compliant().set("wages_withheld", "true").evaluate().fires("CTIP-SC-ILO.wages-withheld");
        AttestationFixture.compliant().evaluate().doesNotFire("CTIP-SC-ILO.wages-withheld");
        AttestationFixture.compliant().set("movement_restricted", "y").evaluate().fires("CTIP-SC-ILO.movement-restricted");
        AttestationFixture.compliant().evaluate().doesNotFire("CTIP-SC-ILO.movement-restricted");
    }

    @Test
    void moreThanSixtyWeeklyHoursIsExcessiveOvertime() {
        AttestationFixture.compliant().set("weekly_hours", "61").evaluate().fires("CTIP-SC-ILO.excessive-overtime");
        AttestationFixture.compliant().set("weekly_hours", "60").evaluate().doesNotFire("CTIP-SC-ILO.excessive-overtime");
    }

    @Test
    void migrantWorkersWithoutAWrittenContractInTheirLanguageAreFlagged() {
        ContractTerms requiresDocuments = new ContractTerms(false, null, null, true, true);
        AttestationFixture.compliant().set("migrant_workers", "5").set("recruitment_countries", "NP")
                .set("written_contract_in_language", "false").evaluate(requiresDocuments).fires("CTIP-SC-ILO.no-written-contract");
        AttestationFixture.compliant().set("migrant_workers", "5").set("recruitment_countries", "NP")
                .set("written_contract_in_language", "true").evaluate(requiresDocuments)
                .doesNotFire("CTIP-SC-ILO.no-written-contract");
    }
}
