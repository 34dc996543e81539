package org.ctipcheck.submission;

import java.math.BigDecimal;

/** A recruitment fee attested to be borne by workers (FAR 52.222-50(b)(6) and the (a) definition). */
public record FeeCharged(
        String pointer,
        FeeForm form,
        String description,
        BigDecimal amountUsd,
        String chargedBy) implements Fact {
}
