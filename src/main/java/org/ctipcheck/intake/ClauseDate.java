package org.ctipcheck.intake;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/** Reads FAR clause dates written "2021-11" or "NOV 2021" (any case). */
final class ClauseDate {
    static final String PATTERN = "^([0-9]{4}-(0[1-9]|1[0-2])|(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
            + "|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4})$";
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
