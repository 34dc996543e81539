package org.ctipcheck.submission;

import java.math.BigDecimal;

/** An end product supplied under the contract (FAR 22.15). */
public record EndProduct(
        String pointer,
        String product,
        String countryOfOrigin,
        BigDecimal value) implements Fact {
}
