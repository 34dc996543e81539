package org.ctipcheck.submission;

import java.math.BigDecimal;

/** A recruitment fee attested to be borne by workers (FAR 52.222-50(b)(6) and the (a) definition). */
public record FeeCharged(
        String pointer,
        FeeForm form,
        String description,
        BigDecimal amountUsd,
        String chargedBy) implements Fact {

    /** " (visa): fees deducted from wages, $1,150, charged by X", the parts given, for a finding's message. */
    public String detail() {
        return (description == null ? "" : " (" + description + ")")
                + (form == null ? "" : ": " + form.description())
                + (amountUsd == null ? "" : ", " + Money.format(amountUsd))
                + (chargedBy == null ? "" : ", charged by " + chargedBy);
    }
}
