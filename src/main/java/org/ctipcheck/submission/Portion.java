package org.ctipcheck.submission;

import java.math.BigDecimal;

/**
 * One portion of the award's estimated value. FAR 52.222-50(h)(1) covers supplies, other than COTS
 * items, acquired outside the United States and services performed outside the United States; COTS
 * status never exempts services.
 */
public record Portion(
        String pointer,
        String id,
        PortionKind kind,
        boolean outsideUnitedStates,
        boolean cots,
        BigDecimal estimatedValue,
        String description) implements Fact {

    public boolean covered() {
        return outsideUnitedStates && (kind == PortionKind.SERVICES || !cots);
    }

    public boolean valueKnown() {
        return estimatedValue != null;
    }

    public String describe() {
        String where = outsideUnitedStates ? "outside-U.S." : "U.S.";
        String what = kind == PortionKind.SERVICES ? "services" : (cots ? "COTS supplies" : "non-COTS supplies");
        return "'" + id + "' (" + where + " " + what + ", " + Money.format(estimatedValue) + ")";
    }
}
