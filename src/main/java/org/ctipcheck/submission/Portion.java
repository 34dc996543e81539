package org.ctipcheck.submission;

import java.math.BigDecimal;

/**
 * One portion of the award's estimated value. FAR 52.222-50(h)(1) covers supplies, other than COTS
 * items, acquired outside the United States and services performed outside the United States; COTS
 * status never exempts services. Its value for a threshold is the final anticipated value (FAR 1.108(c)):
 * the estimate plus every option, or, where the action sets a maximum quantity or a ceiling price, the highest
 * final priced alternative ({@code maximumValue}, options included).
 */
public record Portion(
        String pointer,
        String id,
        PortionKind kind,
        boolean outsideUnitedStates,
        boolean cots,
        BigDecimal estimatedValue,
        BigDecimal optionValue,
        BigDecimal maximumValue,
        String description) implements Fact {

    public boolean covered() {
        return outsideUnitedStates && (kind == PortionKind.SERVICES || !cots);
    }

    public boolean valueKnown() {
        return estimatedValue != null || maximumValue != null;
    }

    /** FAR 1.108(c): the highest final priced alternative when given, else the estimate with all options. */
    public BigDecimal anticipatedValue() {
        if (maximumValue != null) {
            return maximumValue;
        }
        if (estimatedValue == null) {
            return null;
        }
        return optionValue == null ? estimatedValue : estimatedValue.add(optionValue);
    }

    public String describe() {
        String where = outsideUnitedStates ? "outside-U.S." : "U.S.";
        String what = kind == PortionKind.SERVICES ? "services" : (cots ? "COTS supplies" : "non-COTS supplies");
        return "'" + id + "' (" + where + " " + what + ", " + valueDescription() + ")";
    }

    private String valueDescription() {
        if (maximumValue != null) {
            return Money.format(maximumValue) + " highest final priced alternative";
        }
        if (optionValue != null && estimatedValue != null && optionValue.signum() > 0) {
            return Money.format(estimatedValue) + " + options " + Money.format(optionValue) + " = "
                    + Money.format(anticipatedValue());
        }
        return Money.format(estimatedValue);
    }
}
