package org.ctipcheck.report;

/**
 * Makes a value from a submission or an attestation file safe to print on a terminal (the text report, the
 * {@code audit} listings, display names), so that it cannot move the cursor, recolour or clear the screen, forge a
 * line of the report or reorder what the reader sees. Only the printed copy changes; the stored value (the audit log,
 * the JSON report) stays exact.
 *
 * <ul>
 *   <li>C0 controls, DEL and C1 controls (ESC of ANSI escapes, CR, LF, tab, NEL, ...) become visible escapes:
 *       {@code \n}, {@code \r}, {@code \t}, otherwise {@code \x1b}-style two-digit hex;</li>
 *   <li>the line and paragraph separators U+2028 and U+2029 become a backslash, {@code u} and their four hex digits;</li>
 *   <li>the bidirectional embeddings, overrides and isolates U+202A..U+202E and U+2066..U+2069 are removed: they have
 *       no glyph of their own and only reorder the text around them, so without them the characters show in the order
 *       they are stored.</li>
 * </ul>
 * A backslash already in the value is left as it is.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The value as it may be printed; {@code null} stays {@code null}; a value with nothing to change is returned as is. */
    public static String safe(String value) {
        if (value == null || clean(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (isControl(c)) {
                        out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean clean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) || isBidiControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
