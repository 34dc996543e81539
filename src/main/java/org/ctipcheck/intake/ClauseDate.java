package org.ctipcheck.intake;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * Reads FAR clause dates written "2021-11" or "NOV 2021" (any case), in the plausible window of {@link StrictDates}
 * (1900-2100): a clause year 0000 or 2204 is refused, never used as written. Whether the month is a real edition of
 * the clause is a finding of the rules (CTIP-APPL-01.edition-unknown), not an input error.
 */
final class ClauseDate {
    private static final String YEAR = "(19[0-9]{2}|20[0-9]{2}|2100)";
    static final String PATTERN = "^(" + YEAR + "-(0[1-9]|1[0-2])|(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
            + "|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) " + YEAR + ")$";
    private static final DateTimeFormatter FAR_STYLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMM yyyy").toFormatter(Locale.US);

    private ClauseDate() {
    }

    static YearMonth parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        return Character.isDigit(value.charAt(0)) ? YearMonth.parse(value) : YearMonth.parse(value, FAR_STYLE);
    }
}
