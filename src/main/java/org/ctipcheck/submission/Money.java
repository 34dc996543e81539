package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats U.S. dollar amounts the way the FAR writes them: $550,000. */
public final class Money {
    private Money() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "value not given";
        }
        DecimalFormat format = new DecimalFormat("$#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
