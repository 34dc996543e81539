package org.ctipcheck.submission;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** FAR clause dates are month and year, written "NOV 2021". */
public final class ClauseDates {
    private static final DateTimeFormatter FAR_STYLE = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private ClauseDates() {
    }

    public static String label(YearMonth date) {
        return date == null ? "(clause date not given)" : FAR_STYLE.format(date).toUpperCase(Locale.US);
    }
}
