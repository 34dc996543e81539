package org.ctipcheck.supplychain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented column set of an attestation file (docs/supply-chain.md). CSV headers may list the columns
 * in any order and may leave out the optional ones; a header with an unknown column or without a required one
 * is refused with the list of expected columns.
 */
public final class AttestationColumns {
    public static final List<String> ALL = List.of(
            "supplier_id", "supplier_name", "aliases", "role", "tier", "parent_id", "country", "goods", "hs_code",
            "recruitment_countries", "migrant_workers", "recruitment_fees_charged", "id_documents_held",
            "wages_withheld", "movement_restricted", "weekly_hours", "housing_provided",
            "written_contract_in_language", "audit_type", "audit_date", "audit_result", "clause_flowed_down",
            "sam_screened", "eo13126_certified", "pre_award_cert_date", "annual_cert_date", "due_diligence_option",
            "remediation_record", "xuar_inputs", "covered_value", "end_product");
    public static final List<String> REQUIRED = List.of("supplier_id", "supplier_name", "role", "tier", "country");
    static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < ALL.size(); i++) {
            INDEX.put(ALL.get(i), i);
        }
    }

    private AttestationColumns() {
    }

    /**
     * Where each documented column sits in a file's header (-1 when absent), after checking the header.
     *
     * @throws InvalidAttestationFile naming what is wrong and listing the expected columns
     */
    public static int[] positions(List<String> header, String source) {
        if (header.isEmpty()) {
            throw new InvalidAttestationFile(source + ": the file is empty; expected a header line with the columns "
                    + describe());
        }
        int[] positions = new int[ALL.size()];
        java.util.Arrays.fill(positions, -1);
        List<String> unknown = new java.util.ArrayList<>();
        List<String> duplicate = new java.util.ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(java.util.Locale.ROOT);
            Integer at = INDEX.get(name);
            if (at == null) {
                unknown.add(header.get(i));
            } else if (positions[at] >= 0) {
                duplicate.add(name);
            } else {
                positions[at] = i;
            }
        }
        List<String> missing = REQUIRED.stream().filter(name -> positions[INDEX.get(name)] < 0).toList();
        if (!unknown.isEmpty() || !missing.isEmpty() || !duplicate.isEmpty()) {
            StringBuilder message = new StringBuilder(source + ": the header does not match the attestation columns:");
            if (!missing.isEmpty()) {
                message.append(" missing required ").append(missing).append(';');
            }
            if (!unknown.isEmpty()) {
                message.append(" unknown ").append(unknown).append(';');
            }
            if (!duplicate.isEmpty()) {
                message.append(" repeated ").append(duplicate).append(';');
            }
            message.append(" expected ").append(describe());
            throw new InvalidAttestationFile(message.toString());
        }
        return positions;
    }

    static String describe() {
        return String.join(",", ALL) + " (required: " + String.join(", ", REQUIRED) + ")";
    }
}
