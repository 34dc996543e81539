package org.ctipcheck.web.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ctipcheck.web.problem.BadParameter;

/** The {@code since} and {@code until} dates of a listing (yyyy-mm-dd, inclusive). */
final class ListDates {
    private ListDates() {
    }

    static LocalDate parse(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter(parameter, parameter + " '" + value + "' is not a date written yyyy-mm-dd");
        }
    }
}
