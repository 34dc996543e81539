package org.ctipcheck.audit;

import java.util.List;
import java.util.Map;

/**
 * The attestation columns each supply-chain row rule tests (its {@code when} part, with derived properties such
 * as {@code screening.listedRisk} or {@code coveredSubcontract} spelt out as the columns they come from): what a
 * recorded hit says the rule matched. A test keeps this in step with the rules.
 */
final class SupplyChainColumns {
    private static final List<String> COVERED_SUBCONTRACT = List.of("role");
    private static final List<String> LISTED_RISK = List.of("goods", "hs_code", "country");
    private static final List<String> COVERED_VALUE = List.of("role", "covered_value");
    private static final List<String> AUDIT = List.of("audit_type", "audit_date", "audit_result");
    private static final List<String> UFLPA = List.of("supplier_name", "aliases");

    static final Map<String, List<String>> BY_RULE = Map.ofEntries(
            Map.entry("CTIP-SC-01.identity-incomplete", List.of("supplier_name", "tier", "parent_id", "country", "role",
                    "migrant_workers", "recruitment_countries")),
            Map.entry("CTIP-SC-02.no-certification", List.of("goods", "hs_code", "country", "end_product",
                    "eo13126_certified")),
            Map.entry("CTIP-SC-02.end-product-not-stated", List.of("goods", "hs_code", "country", "end_product",
                    "eo13126_certified")),
            Map.entry("CTIP-SC-03.listed-family-unmatched", LISTED_RISK),
            Map.entry("CTIP-SC-03.no-risk-treatment", concat(LISTED_RISK, AUDIT)),
            Map.entry("CTIP-SC-03.thin-risk-treatment", concat(LISTED_RISK, AUDIT)),
            Map.entry("CTIP-SC-04.uflpa-match", UFLPA),
            Map.entry("CTIP-SC-04.uflpa-match-non-dod", UFLPA),
            Map.entry("CTIP-SC-04.uflpa-close-match", UFLPA),
            Map.entry("CTIP-SC-04.uflpa-close-match-non-dod", UFLPA),
            Map.entry("CTIP-SC-04.xuar-inputs", List.of("xuar_inputs")),
            Map.entry("CTIP-SC-04.xuar-inputs-non-dod", List.of("xuar_inputs")),
            Map.entry("CTIP-SC-05.not-screened", concat(COVERED_SUBCONTRACT, List.of("sam_screened"))),
            Map.entry("CTIP-SC-06.pre-award-missing", concat(COVERED_VALUE, List.of("pre_award_cert_date"))),
            Map.entry("CTIP-SC-06.annual-lapsed", concat(COVERED_VALUE,
                    List.of("annual_cert_date", "pre_award_cert_date"))),
            Map.entry("CTIP-SC-06.covered-value-unknown", concat(COVERED_VALUE,
                    List.of("annual_cert_date", "pre_award_cert_date"))),
            Map.entry("CTIP-SC-06.clause-not-flowed-down", concat(COVERED_SUBCONTRACT, List.of("clause_flowed_down"))),
            Map.entry("CTIP-SC-07.no-remediation-record", List.of("due_diligence_option", "remediation_record")),
            Map.entry("CTIP-SC-ILO.identity-documents-held", List.of("id_documents_held")),
            Map.entry("CTIP-SC-ILO.worker-paid-fees", List.of("recruitment_fees_charged")),
            Map.entry("CTIP-SC-ILO.wages-withheld", List.of("wages_withheld")),
            Map.entry("CTIP-SC-ILO.movement-restricted", List.of("movement_restricted")),
            Map.entry("CTIP-SC-ILO.excessive-overtime", List.of("weekly_hours")),
            Map.entry("CTIP-SC-ILO.no-written-contract", List.of("migrant_workers", "written_contract_in_language")),
            Map.entry("CTIP-SC-ILO.no-written-contract-requirement-unknown",
                    List.of("migrant_workers", "written_contract_in_language")));

    private SupplyChainColumns() {
    }

    /** The columns a rule tests; empty for a rule this table does not know (the test names it). */
    static List<String> of(String ruleId) {
        return BY_RULE.getOrDefault(ruleId, List.of());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
