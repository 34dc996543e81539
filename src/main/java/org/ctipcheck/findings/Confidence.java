package org.ctipcheck.findings;

import java.util.Locale;

/** How sure the requirements catalog is of a rule's legal basis (its [V], [S], [I] and [U] tags). */
public enum Confidence {
    VERIFIED("verified in the primary text"),
    SECONDARY("stated by secondary sources only; primary text not read"),
    INFERRED("inferred from verified material"),
    UNVERIFIED("not verified; treat as a placeholder");

    private final String meaning;

    Confidence(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static Confidence parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        switch (value) {
            case "V": return VERIFIED;
            case "S": return SECONDARY;
            case "I": return INFERRED;
            case "U": return UNVERIFIED;
            default:
                try {
                    return valueOf(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown confidence '" + text
                            + "' (expected VERIFIED, SECONDARY, INFERRED, UNVERIFIED or V, S, I, U)");
                }
        }
    }
}
