package org.ctipcheck.findings;

import java.util.Locale;

/** Severity scale of the requirements catalog, §0.2, most severe first. */
public enum Severity {
    BLOCKER, MAJOR, MINOR, INFO;

    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    public static Severity parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (expected BLOCKER, MAJOR, MINOR or INFO)");
        }
    }
}
