package org.ctipcheck.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates as a submission must write them: a calendar date {@code yyyy-mm-dd} in a plausible window. A date and
 * time ("2023-06-15T10:00") was silently cut to its date, and a year 0000 or 2204 was used as written; both are
 * refused now, with the field and the value, so nothing implausible is judged as if it were real.
 */
final class StrictDates {
    /** Award, plan, certification and incident dates: nothing before this year or after that one is plausible. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("ctip-strict-dates").addDeserializer(LocalDate.class, new Deserializer());
    }

    /** Why {@code text} is not a usable date, or null when it is one. */
    static String problem(String text) {
        String value = text.strip();
        if (!DATE.matcher(value).matches()) {
            return value.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") ? "a date and time where a date (yyyy-mm-dd) belongs"
                    : "not a date written yyyy-mm-dd";
        }
        try {
            int year = LocalDate.parse(value).getYear();
            return year < FIRST_YEAR || year > LAST_YEAR ? "in the year " + year + ", outside " + FIRST_YEAR + "-"
                    + LAST_YEAR + ": check the date" : null;
        } catch (DateTimeException e) {
            return "not a calendar date";
        }
    }

    private static final class Deserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            String problem = problem(text);
            if (problem != null) {
                throw context.weirdStringException(text, LocalDate.class, problem);
            }
            return LocalDate.parse(text.strip());
        }
    }
}
