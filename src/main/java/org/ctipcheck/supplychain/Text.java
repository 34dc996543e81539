package org.ctipcheck.supplychain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalizes free text for matching: diacritics off, lower case, punctuation to spaces, single spaces. */
final class Text {
    private Text() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** The text with accents and other combining marks taken off (NFKD); ASCII text is returned as is. */
    static String plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
            }
        }
        return text;
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = plain(text);
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '&') {
                if (!space) {
                    out.append(' ');
                }
                out.append("and ");
                space = true;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019') {
                continue; // "Cote d'Ivoire" and "Cote dIvoire" are one spelling
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    static List<String> tokens(String folded) {
        List<String> tokens = new ArrayList<>();
        for (String token : folded.split(" ")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Splits a ";"-separated cell into its trimmed, non-blank parts. */
    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(";")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return parts;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
