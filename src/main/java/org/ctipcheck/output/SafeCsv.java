package org.ctipcheck.output;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of the tool (CSV report, per-row findings file, {@code audit export --format csv}): RFC 4180
 * quoting by Apache Commons CSV, and the formula-injection guard of the OWASP CSV-injection guidance, so that a
 * hostile submission or attestation file cannot plant a formula in a reviewer's spreadsheet.
 *
 * <p>Cells are told apart by type. A {@link String} is text: when it starts with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return it is prefixed with an apostrophe. A {@link Number} is a numeric column (line
 * numbers, counts, sequence numbers) and is written as it is, so a negative number stays a number; values that come
 * from a submission are never passed as numbers. {@code null} is an empty cell.
 *
 * <p>Commons CSV quotes a cell holding the delimiter, a quote, CR or LF (and, being careful, one that starts with a
 * character up to {@code #} or ends in a space). It does not quote the Unicode line and paragraph separators
 * (U+2028, U+2029) or NEL (U+0085), which some spreadsheets and editors take as line breaks, so such a cell is quoted
 * here in full.
 */
public final class SafeCsv {
    private static final CSVFormat MINIMAL = CSVFormat.RFC4180;
    private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCsv() {
    }

    /** One record, without its line end: cells separated by commas, quoted where needed, text guarded. */
    public static String row(List<?> cells) {
        StringBuilder out = new StringBuilder(16 * cells.size());
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.toString();
    }

    /** One cell: empty for {@code null}, a number as it is, text guarded and quoted where needed. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = guard(value.toString());
        if (text.isEmpty()) {
            return "";
        }
        return (lineSeparatorInside(text) ? QUOTED : MINIMAL).format(text);
    }

    /** The text as a spreadsheet shows it rather than runs it: an apostrophe before a formula's first character. */
    public static String guard(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static boolean lineSeparatorInside(String text) {
        return text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0 || text.indexOf('\u0085') >= 0;
    }
}
