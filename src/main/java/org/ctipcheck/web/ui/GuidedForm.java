package org.ctipcheck.web.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the guided form sent, as a submission: every filled-in field put at its JSON Pointer (a number as a number
 * when it reads as one, yes/no as true/false, a list split at commas); empty fields are left out, as a file would
 * leave them out. A value that does not read as its type is passed on as written, so that the check names the
 * field and what is wrong with it, as for an uploaded file.
 */
final class GuidedForm {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GuidedForm() {
    }

    /** The values the user entered, by pointer (kept to fill the form again). */
    static Map<String, String> values(SchemaForm form, Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SchemaForm.Field field : form.inputs()) {
            String value = parameters.get(field.pointer());
            if (value != null && !value.isBlank()) {
                values.put(field.pointer(), value.strip());
            }
        }
        return values;
    }

    static byte[] submission(SchemaForm form, Map<String, String> values) {
        ObjectNode root = JSON.createObjectNode();
        for (SchemaForm.Field field : form.inputs()) {
            String value = values.get(field.pointer());
            if (value != null) {
                put(root, field.pointer().substring(1).split("/"), typed(field, value));
            }
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode typed(SchemaForm.Field field, String value) {
        switch (field.kind()) {
            case NUMBER:
            case INTEGER:
                try {
                    BigDecimal number = new BigDecimal(value.replace(",", ""));
                    return JSON.getNodeFactory().numberNode(number);
                } catch (NumberFormatException e) {
                    return JSON.getNodeFactory().stringNode(value);
                }
            case BOOLEAN:
                return value.equals("true") || value.equals("false")
                        ? JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value)) : JSON.getNodeFactory().stringNode(value);
            case LIST: {
                ArrayNode list = JSON.createArrayNode();
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
                return list;
            }
            default:
                return JSON.getNodeFactory().stringNode(value);
        }
    }

    /** Puts {@code value} at the path, creating the objects (and, for a segment "0", the list) on the way. */
    private static void put(ObjectNode root, String[] path, JsonNode value) {
        JsonNode container = root;
        for (int i = 0; i < path.length - 1; i++) {
            boolean nextIsItem = path[i + 1].equals("0");
            container = child(container, path[i], nextIsItem);
        }
        if (container instanceof ObjectNode object) {
            object.set(path[path.length - 1], value);
        }
    }

    private static JsonNode child(JsonNode container, String segment, boolean list) {
        if (container instanceof ArrayNode array) {
            if (array.isEmpty()) {
                array.add(list ? JSON.createArrayNode() : JSON.createObjectNode());
            }
            return array.get(0);
        }
        ObjectNode object = (ObjectNode) container;
        JsonNode existing = object.get(segment);
        if (existing == null) {
            existing = list ? JSON.createArrayNode() : JSON.createObjectNode();
            object.set(segment, existing);
        }
        return existing;
    }

    /**
     * The check's problems placed at the fields they name: a problem at a field's pointer goes to that field; one
     * inside a field (a list item) to the field; one at a group (a missing property of it) to the group. Problems
     * that name no field of the form stay in the summary only.
     */
    static Map<String, List<String>> byField(SchemaForm form, List<org.ctipcheck.intake.SubmissionProblem> problems) {
        Map<String, List<String>> placed = new LinkedHashMap<>();
        List<String> pointers = new ArrayList<>();
        collectPointers(form.sections(), pointers);
        for (var problem : problems) {
            String pointer = problem.pointer() == null ? "" : problem.pointer();
            String best = null;
            for (String candidate : pointers) {
                if ((pointer.equals(candidate) || pointer.startsWith(candidate + "/"))
                        && (best == null || candidate.length() > best.length())) {
                    best = candidate;
                }
            }
            if (best != null) {
                placed.computeIfAbsent(best, key -> new ArrayList<>()).add(problem.message());
            }
        }
        return placed;
    }

    private static void collectPointers(List<SchemaForm.Field> fields, List<String> into) {
        for (SchemaForm.Field field : fields) {
            into.add(field.pointer());
            collectPointers(field.children(), into);
        }
    }
}
