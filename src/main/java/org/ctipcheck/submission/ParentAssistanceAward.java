package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The grant or cooperative agreement under which a recipient awarded the contract a submission is for
 * ({@link Instrument#RECIPIENT_CONTRACT}). 22 U.S.C. 7104a(a) puts the plan and certification on the recipient when the
 * services abroad under that award exceed $500,000, and the recipient certifies that no "subcontractor or subgrantee of
 * the recipient" engages in the acts of 7104(g) and keeps procedures to "terminate any subcontractor" that does.
 */
public record ParentAssistanceAward(
        String pointer,
        String id,
        Instrument instrument,
        String agency,
        String recipient,
        LocalDate awardDate,
        BigDecimal value,
        BigDecimal servicesValueOutsideUnitedStates,
        Boolean contractAllowsTerminationForTrafficking,
        Boolean contractIncludesProhibitions) implements Fact {

    /** The recipient's plan and certification are required by 7104a(a): services abroad exceed $500,000 (amount from the rule). */
    public boolean servicesAbroadExceed(String dollars) {
        return servicesValueOutsideUnitedStates != null && servicesValueOutsideUnitedStates.compareTo(new BigDecimal(dollars)) > 0;
    }

    public boolean servicesAbroadKnown() {
        return servicesValueOutsideUnitedStates != null;
    }

    public String describe() {
        return instrument.name().toLowerCase().replace('_', ' ') + " " + id + (agency == null ? "" : " of " + agency)
                + (recipient == null ? "" : " to " + recipient) + (awardDate == null ? "" : ", awarded " + awardDate);
    }
}
