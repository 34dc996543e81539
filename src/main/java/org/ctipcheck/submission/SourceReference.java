package org.ctipcheck.submission;

/** Where a section's content stands in the document the implementer submitted. */
public record SourceReference(String document, String page, String section, String quote) {

    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, document, "");
        append(text, page, "p. ");
        append(text, section, "§");
        if (quote != null && !quote.isBlank()) {
            append(text, "\u201c" + quote.strip() + "\u201d", "");
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static void append(StringBuilder text, String part, String prefix) {
        if (part == null || part.isBlank()) {
            return;
        }
        if (text.length() > 0) {
            text.append(", ");
        }
        text.append(prefix).append(part.strip());
    }
}
