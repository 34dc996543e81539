package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * What the supply-chain rules need besides the row: the evaluation date (deadlines and staleness) and the terms of
 * the contract the attestation is for.
 */
public record SupplyChainContext(LocalDate today, ContractTerms contract) {

    public SupplyChainContext {
        contract = contract == null ? ContractTerms.UNKNOWN : contract;
    }

    /** A context with nothing known about the contract ({@link ContractTerms#UNKNOWN}). */
    public SupplyChainContext(LocalDate today) {
        this(today, ContractTerms.UNKNOWN);
    }
}
