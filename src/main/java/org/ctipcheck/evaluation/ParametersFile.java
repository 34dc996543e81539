package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code parameters.yaml}: every parameter {@link PolicyParameters} has, each with {@code value},
 * {@code unit}, {@code meaning} and {@code source}. A missing or unknown parameter, a value of the wrong kind or
 * out of range, or a parameter without its documentation is a problem naming the file and the parameter.
 */
final class ParametersFile {
    static final List<String> NAMES = List.of("excessiveWeeklyHours", "nameSimilarity", "auditMaxAgeMonths",
            "highRiskTipTiers", "planRequestGraceDays");
    private static final List<String> FIELDS = List.of("value", "unit", "meaning", "source");

    private ParametersFile() {
    }

    /** The parameters of the pack; those of {@link PolicyParameters#BEFORE_PARAMETERS_FILE} when it has no file. */
    static PolicyParameters parse(RuleSource source, List<RulesetProblem> problems) {
        if (source == null) {
            return PolicyParameters.BEFORE_PARAMETERS_FILE;
        }
        Reader reader = new Reader(source, problems);
        JsonNode parameters = reader.parameters();
        if (parameters == null) {
            return PolicyParameters.BEFORE_PARAMETERS_FILE;
        }
        int hours = reader.whole(parameters, "excessiveWeeklyHours", 1, 168);
        double similarity = reader.fraction(parameters, "nameSimilarity");
        int months = reader.whole(parameters, "auditMaxAgeMonths", 1, 600);
        List<String> tiers = reader.texts(parameters, "highRiskTipTiers");
        int graceDays = reader.whole(parameters, "planRequestGraceDays", 0, 366);
        return new PolicyParameters(hours, similarity, months, tiers, graceDays);
    }

    /** Reads one file, adding a problem for each thing wrong with it; values read wrong come back as 0 or empty. */
    private record Reader(RuleSource source, List<RulesetProblem> problems) {
        JsonNode parameters() {
            int before = problems.size();
            JsonNode root = Yaml.read(source, problems);
            if (problems.size() > before) {
                return null;
            }
            JsonNode parameters = root == null ? null : root.get("parameters");
            if (parameters == null || !parameters.isObject()) {
                problems.add(new RulesetProblem(source.path(), 0, "expected a top-level 'parameters' map"));
                return null;
            }
            Set<String> unknown = new LinkedHashSet<>(parameters.propertyNames());
            unknown.removeAll(NAMES);
            for (String name : unknown) {
                problems.add(new RulesetProblem(source.path(), 0, "unknown parameter '" + name + "' (known: "
                        + String.join(", ", NAMES) + ")"));
            }
            return parameters;
        }

        /** The parameter's value, once its documentation is checked; null (with a problem) when it is missing. */
        private JsonNode value(JsonNode parameters, String name) {
            JsonNode parameter = parameters.get(name);
            if (parameter == null || parameter.isNull()) {
                problem(name, "missing");
                return null;
            }
            if (!parameter.isObject()) {
                problem(name, "expected a map with " + String.join(", ", FIELDS));
                return null;
            }
            for (String field : FIELDS.subList(1, FIELDS.size())) {
                JsonNode text = parameter.get(field);
                if (text == null || !text.isString() || text.asString().isBlank()) {
                    problem(name, "needs a '" + field + "' text");
                }
            }
            for (String field : parameter.propertyNames()) {
                if (!FIELDS.contains(field)) {
                    problem(name, "unknown field '" + field + "' (expected " + String.join(", ", FIELDS) + ")");
                }
            }
            JsonNode value = parameter.get("value");
            if (value == null || value.isNull()) {
                problem(name, "has no value");
                return null;
            }
            return value;
        }

        int whole(JsonNode parameters, String name, int min, int max) {
            JsonNode value = value(parameters, name);
            if (value == null) {
                return 0;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
                problem(name, "the value must be a whole number from " + min + " to " + max + ", found " + shown(value));
                return 0;
            }
            return value.asInt();
        }

        double fraction(JsonNode parameters, String name) {
            JsonNode value = value(parameters, name);
            if (value == null) {
                return 0;
            }
            if (!value.isNumber() || value.asDouble() <= 0 || value.asDouble() > 1) {
                problem(name, "the value must be a number above 0 and at most 1, found " + shown(value));
                return 0;
            }
            return value.asDouble();
        }

        List<String> texts(JsonNode parameters, String name) {
            JsonNode value = value(parameters, name);
            if (value == null) {
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value.isArray() ? value : List.<JsonNode>of()) {
                if (item.isString() && !item.asString().isBlank()) {
                    texts.add(item.asString().strip());
                }
            }
            if (!value.isArray() || texts.size() != value.size()) {
                problem(name, "the value must be a list of names, found " + shown(value));
                return List.of();
            }
            return texts;
        }

        private void problem(String name, String message) {
            problems.add(new RulesetProblem(source.path(), 0, "parameter '" + name + "': " + message));
        }

        private static String shown(JsonNode value) {
            return value.isString() ? "\"" + value.asString() + "\"" : value.toString();
        }
    }
}
