package org.ctipcheck.web.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ctipcheck.intake.SubmissionSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guided form's fields, built from the submission's JSON Schema (the one {@code ctip schema} and
 * {@code /api/v1/schema/submission} give): one field per property, named by its JSON Pointer, labelled from the
 * property name, with the schema's description as the hint; objects become fieldsets, enumerations choices, yes/no
 * properties a yes / no / not given choice, a list of objects its first item (more by uploading a file), a list of
 * words or codes one text field separated by commas. Built once: the schema is fixed for a build.
 */
final class SchemaForm {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_DEPTH = 6;

    /** What kind of input a field is. */
    enum Kind { GROUP, TEXT, NUMBER, INTEGER, DATE, BOOLEAN, CHOICE, LIST }

    /** One field (or a group of fields); {@code pointer} is the JSON Pointer the value goes to, and the input's name. */
    record Field(String pointer, String label, String hint, Kind kind, List<String> options, boolean required,
            List<Field> children) {

        /** The HTML id of the field's input: its pointer with / as -. */
        public String id() {
            return "f" + pointer.replace('/', '-');
        }

        public boolean group() {
            return kind == Kind.GROUP;
        }
    }

    private final JsonNode definitions;
    private final List<Field> sections;

    private SchemaForm(JsonNode schema) {
        this.definitions = schema.path("$defs");
        this.sections = children(schema, "", 0, true).stream().filter(Field::group).toList();
    }

    static SchemaForm fromSubmissionSchema() {
        return new SchemaForm(JSON.readTree(SubmissionSchema.json()));
    }

    /** The top-level sections (award, organization, compliance plan, ...): each a group. */
    List<Field> sections() {
        return sections;
    }

    /** Every input (no groups), in form order. */
    List<Field> inputs() {
        List<Field> inputs = new ArrayList<>();
        collect(sections, inputs);
        return inputs;
    }

    private static void collect(List<Field> fields, List<Field> into) {
        for (Field field : fields) {
            if (field.group()) {
                collect(field.children(), into);
            } else {
                into.add(field);
            }
        }
    }

    /** {@code required}: a property the schema requires, in sections that are all required (so always needed). */
    private List<Field> children(JsonNode object, String pointer, int depth, boolean parentRequired) {
        List<Field> fields = new ArrayList<>();
        Set<String> required = new java.util.HashSet<>();
        object.path("required").forEach(name -> required.add(name.asString()));
        for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
            Field field = field(property.getKey(), property.getValue(), pointer + "/" + property.getKey(),
                    parentRequired && required.contains(property.getKey()), depth);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    private Field field(String name, JsonNode declared, String pointer, boolean required, int depth) {
        String hint = declared.path("description").asString("");
        JsonNode node = resolve(declared);
        String type = type(node);
        String label = label(name);
        switch (type) {
            case "object":
                return depth >= MAX_DEPTH ? null : new Field(pointer, label, hint, Kind.GROUP, List.of(), required,
                        children(node, pointer, depth + 1, required));
            case "array": {
                JsonNode items = resolve(node.path("items"));
                if (type(items).equals("object")) {
                    return depth >= MAX_DEPTH ? null : new Field(pointer + "/0", label + " (first; upload a file for more)",
                            hint, Kind.GROUP, List.of(), required, children(items, pointer + "/0", depth + 1, required));
                }
                return new Field(pointer, label, (hint + " Separate several with commas.").strip(), Kind.LIST,
                        options(items), required, List.of());
            }
            case "boolean":
                return new Field(pointer, label, hint, Kind.BOOLEAN, List.of("true", "false"), required, List.of());
            case "number":
                return new Field(pointer, label, hint, Kind.NUMBER, List.of(), required, List.of());
            case "integer":
                return new Field(pointer, label, hint, Kind.INTEGER, List.of(), required, List.of());
            default:
                if (node.has("enum")) {
                    return new Field(pointer, label, hint, Kind.CHOICE, options(node), required, List.of());
                }
                return new Field(pointer, label, hint, "date".equals(node.path("format").asString(""))
                        ? Kind.DATE : Kind.TEXT, List.of(), required, List.of());
        }
    }

    /** A $ref followed, and of "X or null" (anyOf, or a type list) the X. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 5; i++) {
            if (current.has("$ref")) {
                current = definitions.path(current.path("$ref").asString().replace("#/$defs/", ""));
            } else if (current.has("anyOf")) {
                JsonNode chosen = null;
                for (JsonNode alternative : current.path("anyOf")) {
                    if (!"null".equals(alternative.path("type").asString(""))) {
                        chosen = alternative;
                        break;
                    }
                }
                if (chosen == null) {
                    return current;
                }
                current = chosen;
            } else {
                return current;
            }
        }
        return current;
    }

    private static String type(JsonNode node) {
        JsonNode type = node.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        return type.asString(node.has("properties") ? "object" : "string");
    }

    private static List<String> options(JsonNode node) {
        List<String> options = new ArrayList<>();
        node.path("enum").forEach(value -> {
            if (!value.isNull()) {
                options.add(value.asString());
            }
        });
        return options;
    }

    /** "estimatedValue" as "Estimated value", "solicitationIncludes52_222_56" as "Solicitation includes 52.222-56". */
    static String label(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z0-9])", "$1 $2").replaceAll("(\\d+)_(\\d+)_(\\d+)", "$1.$2-$3")
                .replace('_', ' ');
        String lower = spaced.toLowerCase(Locale.ROOT).replaceAll("\\buei\\b", "UEI").replaceAll("\\burl\\b", "URL")
                .replaceAll("\\busd\\b", "(USD)").replaceAll("\\bdod\\b", "DoD").replaceAll("\\bcots\\b", "COTS")
                .replaceAll("\\bxuar\\b", "XUAR").replaceAll("\\bfar\\b", "FAR");
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
