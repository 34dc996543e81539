package org.ctipcheck.supplychain;

import java.util.HashMap;
import java.util.Map;

/**
 * Resolves a country as written (ISO alpha-2 or alpha-3 code, English short, official or common name, or a
 * spelling used by the lists, such as "Burma" or "Turkey (Turkiye)") to its ISO 3166-1 alpha-2 code.
 * Case, accents and punctuation do not matter.
 */
public final class Countries {
    private final Map<String, String> byKey = new HashMap<>();

    void add(String spelling, String iso2) {
        if (spelling != null && !spelling.isBlank()) {
            byKey.putIfAbsent(Text.fold(spelling), iso2.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The alpha-2 code, or null when the text names no known country. */
    public String resolve(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() == 2 || trimmed.length() == 3) {
            String code = byKey.get(Text.lower(trimmed) + "\u0000code");
            if (code != null) {
                return code;
            }
        }
        return byKey.get(Text.fold(trimmed));
    }

    void addCode(String code, String iso2) {
        byKey.put(Text.lower(code.strip()) + "\u0000code", iso2.strip().toUpperCase(java.util.Locale.ROOT));
    }

    int size() {
        return byKey.size();
    }
}
