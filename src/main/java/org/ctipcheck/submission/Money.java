package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats U.S. dollar amounts the way the FAR writes them: $550,000. */
public final class Money {
    // DecimalFormat is not thread-safe and costly to build (rules and rule-hit descriptions format amounts on every
    // evaluation): one per thread, built on first use.
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
            () -> new DecimalFormat("$#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)));

    private Money() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "value not given";
        }
        return FORMAT.get().format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
