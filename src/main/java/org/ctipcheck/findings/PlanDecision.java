package org.ctipcheck.findings;

import java.math.BigDecimal;

/**
 * Whether FAR 52.222-50(h) requires a compliance plan, and why: the clause edition, the threshold it
 * binds and the covered value compared with it.
 */
public record PlanDecision(
        Outcome outcome,
        String reason,
        String clauseEdition,
        BigDecimal threshold,
        BigDecimal coveredValue,
        String ruleId,
        Confidence confidence) {

    public enum Outcome { REQUIRED, NOT_REQUIRED, OUT_OF_SCOPE, UNDETERMINED }

    /** True, false, or null when it could not be decided or falls outside the FAR (grants). */
    public Boolean required() {
        switch (outcome) {
            case REQUIRED: return Boolean.TRUE;
            case NOT_REQUIRED: return Boolean.FALSE;
            default: return null;
        }
    }

    public boolean inScope() {
        return outcome == Outcome.REQUIRED || outcome == Outcome.UNDETERMINED;
    }

    public boolean outOfScope() {
        return !inScope();
    }
}
