package org.ctipcheck.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** rules/NOT-ENCODED.md: catalog ids deliberately not encoded as rules, each with its reason (table rows). */
public final class NotEncoded {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(CTIP-[A-Z]+-[0-9A-Za-z]+)\\s*\\|\\s*(.+?)\\s*\\|\\s*$");

    private NotEncoded() {
    }

    public static Map<String, String> parse(String markdown) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : markdown.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                reasons.put(row.group(1), row.group(2));
            }
        }
        return reasons;
    }
}
