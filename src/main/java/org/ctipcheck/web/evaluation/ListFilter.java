package org.ctipcheck.web.evaluation;

import java.util.Arrays;
import java.util.Locale;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.web.problem.BadParameter;

/**
 * The filters of {@code GET /evaluations} and {@code GET /audit/export}, as {@code ctip audit list} and
 * {@code export} take them: {@code organization} (name contains, any case), {@code rule} (a rule id or a requirement
 * id), {@code since} and {@code until} (yyyy-mm-dd, inclusive) and {@code determination}. A bad value is a 400
 * naming the parameter.
 */
public final class ListFilter {
    private ListFilter() {
    }

    public static AuditFilter of(String organization, String rule, String since, String until, String determination) {
        return new AuditFilter(blankToNull(organization), blankToNull(rule), ListDates.parse("since", since),
                ListDates.parse("until", until), determination(determination));
    }

    private static String determination(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (Determination known : Determination.values()) {
            if (known.name().equals(name)) {
                return name;
            }
        }
        throw new BadParameter("determination", "determination '" + value + "' is not one of "
                + String.join(", ", Arrays.stream(Determination.values()).map(Enum::name).toList()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
