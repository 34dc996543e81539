package org.ctipcheck.submission;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry of {@code award.otherClauses}: a clause or provision number, optionally followed by the clause date the
 * contract shows, e.g. "252.225-7060 (JUN 2023)" or "252.225-7060 2023-06". FAR 1.108(d): which edition applies
 * depends on the solicitation and award dates, so a dated entry says which text the contract carries.
 */
public record OtherClause(String number, YearMonth date) {
    private static final String YEAR = "(?:19[0-9]{2}|20[0-9]{2}|2100)";
    private static final String DATE = "(" + YEAR + "-(?:0[1-9]|1[0-2])|(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) " + YEAR + ")";
    /** A number, then optionally a clause date, bare or in parentheses. */
    public static final String PATTERN = "^\\s*([0-9A-Za-z][0-9A-Za-z.\\-]*)(?:\\s+\\(?" + DATE + "\\)?)?\\s*$";
    private static final Pattern ENTRY = Pattern.compile(PATTERN);
    private static final DateTimeFormatter FAR_STYLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMM yyyy").toFormatter(Locale.US);

    /** The entry read, or null when it is not a number with an optional clause date. */
    public static OtherClause parse(String entry) {
        Matcher matcher = ENTRY.matcher(entry == null ? "" : entry);
        if (!matcher.matches()) {
            return null;
        }
        String date = matcher.group(2);
        YearMonth month = date == null ? null
                : Character.isDigit(date.charAt(0)) ? YearMonth.parse(date) : YearMonth.parse(date, FAR_STYLE);
        return new OtherClause(matcher.group(1), month);
    }

    public boolean is(String clauseNumber) {
        return number.equalsIgnoreCase(clauseNumber);
    }
}
