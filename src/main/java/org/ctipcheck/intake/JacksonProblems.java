package org.ctipcheck.intake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a Jackson parse or binding error into a problem a person can act on: where, and what is wrong. */
final class JacksonProblems {
    private JacksonProblems() {
    }

    static SubmissionProblem of(JacksonException e, String format, int maxDepth) {
        TokenStreamLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new SubmissionProblem(pointer(e.getPath()), line, column, message(e, format, maxDepth));
    }

    /** A syntax or limit error met while streaming: placed in the object or list that contains it. */
    static SubmissionProblem atParser(JacksonException e, JsonParser parser, String format, int maxDepth) {
        var context = parser.streamReadContext();
        String pointer;
        if (e instanceof StreamConstraintsException) {
            pointer = outermostMember(context == null ? "" : context.pathAsPointer().toString());
        } else {
            pointer = context == null || context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
        }
        TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new SubmissionProblem(pointer, location == null ? 0 : Math.max(location.getLineNr(), 0),
                location == null ? 0 : Math.max(location.getColumnNr(), 0), message(e, format, maxDepth));
    }

    /** "/award/notes/0/0/0/..." becomes "/award/notes": the member that holds the over-deep nesting. */
    static String outermostMember(String pointer) {
        StringBuilder kept = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit) && kept.length() > 0) {
                break;
            }
            kept.append('/').append(segment);
        }
        return kept.toString();
    }

    private static String message(JacksonException e, String format, int maxDepth) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"; allowed here: " + known(unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == LocalDate.class
                && invalid.getValue() instanceof String text && StrictDates.problem(text) != null
                && !StrictDates.problem(text).startsWith("not a date")) {
            return "\"" + text + "\" is " + StrictDates.problem(text);
        }
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + describe(invalid.getTargetType()) + ", got \"" + invalid.getValue() + "\"";
        }
        if (e instanceof MismatchedInputException mismatch) {
            String original = e.getOriginalMessage();
            if (original != null && original.contains("end-of-input")) {
                return "the document is empty";
            }
            if (original != null && original.contains("Trailing token")) {
                return "more content follows the end of the submission here: a file holds exactly one " + format
                        + " document";
            }
            return "expected " + describe(mismatch.getTargetType())
                    + (mismatch.getCurrentToken() == null ? "" : ", got " + token(mismatch.getCurrentToken().name()));
        }
        if (e instanceof StreamConstraintsException) {
            return "the document is nested too deeply (more than " + maxDepth + " levels) or too large to read safely";
        }
        if (e instanceof StreamReadException) {
            return "not valid " + format + ": " + readable(firstLine(e.getOriginalMessage()));
        }
        return readable(firstLine(e.getOriginalMessage()));
    }

    private static final java.util.regex.Pattern MALFORMED_NUMBER =
            java.util.regex.Pattern.compile("Malformed numeric value '([^':]*)");
    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
            "\\(?\\b(?:java|javax|tools\\.jackson|com\\.fasterxml|org\\.snakeyaml)\\.[\\w.$]+\\)?:?\\s*");

    /**
     * The parser's words without Java names: ".nan" or ".inf" where a number belongs (YAML's not-a-number and
     * infinity, which no amount can be) and exception class names are told in the user's terms.
     */
    static String readable(String message) {
        if (message == null) {
            return "cannot be read";
        }
        java.util.regex.Matcher number = MALFORMED_NUMBER.matcher(message);
        if (number.find()) {
            return "'" + number.group(1).strip() + "' is not a number that can be used here; write a decimal number"
                    + " such as 1250000 or 0.5";
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32") || message.contains("Unexpected end of")
                && message.contains("UTF")) {
            return "the file is not text in UTF-8 (or in UTF-16 or UTF-32 with a byte-order mark); save it as UTF-8";
        }
        String cleaned = JAVA_NAME.matcher(message).replaceAll("").strip();
        return cleaned.isEmpty() ? "cannot be read" : cleaned;
    }

    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "(none)";
        }
        Set<String> names = ids.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        return String.join(", ", names);
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == BigDecimal.class || type == Integer.class || type == int.class || type == BigInteger.class
                || type == Long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date written yyyy-mm-dd";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String token(String name) {
        switch (name) {
            case "START_ARRAY": return "a list";
            case "START_OBJECT": return "an object";
            case "VALUE_STRING": return "a text value";
            case "VALUE_NUMBER_INT":
            case "VALUE_NUMBER_FLOAT": return "a number";
            case "VALUE_TRUE":
            case "VALUE_FALSE": return "true/false";
            case "VALUE_NULL": return "null";
            default: return name.toLowerCase();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
