package org.ctipcheck.supplychain;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON Lines attestation file: one JSON object per line, keys from {@link AttestationColumns}.
 * A line that is not a JSON object, or has a key that is not a column, is rejected on its own. List columns
 * may be JSON arrays or ";"-separated strings. Blank lines are skipped; a UTF-8 BOM and CRLF are accepted.
 */
public final class JsonLinesRecordReader implements RecordReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final BufferedReader in;
    private final List<String> header = AttestationColumns.ALL;
    private final Map<String, Integer> index = AttestationColumns.INDEX;
    private long line;

    public JsonLinesRecordReader(BufferedReader in) {
        this.in = in;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRecord next() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
            if (text == null) {
                return null;
            }
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } while (text.isBlank());
        String[] fast = streamed(text);
        if (fast != null) {
            return RawRecord.ok(line, fast);
        }
        return tree(line, text);
    }

    /** Reads the line as a JSON tree: the reference {@link #streamed} agrees with, and the path for odd lines. */
    RawRecord tree(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return RawRecord.bad(line, "not valid JSON: " + problem(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return RawRecord.bad(line, "not a JSON object");
        }
        String[] cells = new String[header.size()];
        List<String> unknown = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Integer at = index.get(field.getKey());
            if (at == null) {
                unknown.add(field.getKey());
            } else if (nested(field.getValue())) {
                return RawRecord.bad(line, "field '" + field.getKey()
                        + "' holds a JSON object; expected a string, number, true/false, null or a list of them");
            } else {
                cells[at] = cell(field.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            return RawRecord.bad(line, "unknown field(s) " + unknown + "; expected fields: " + String.join(", ", header));
        }
        return RawRecord.ok(line, cells);
    }

    /** The parser's complaint in the user's terms: no parser class or setting names. */
    static String problem(String message) {
        if (message == null || message.isBlank()) {
            return "cannot be read";
        }
        if (message.startsWith("Trailing token")) {
            return "text after the end of the JSON object";
        }
        String first = message.lines().findFirst().orElse("")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll("`(?:[A-Za-z_$][\\w$]*\\.)+([\\w$]+)`", "$1")
                .replaceAll("[:;]?\\s*not allowed as per .*$", "").strip();
        return first.isEmpty() ? "cannot be read" : first;
    }

    /**
     * The cells of a line read with the streaming parser, without building a tree: string, boolean, null and
     * int values and arrays of strings, which is what attestation files hold. Null for anything else - a
     * syntax error, an unknown or repeated key, another kind of value, text after the object -: the line is
     * then read again as a tree ({@link #next}), which gives the same cells or the same rejection as before.
     */
    String[] streamed(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String[] cells = new String[header.size()];
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.PROPERTY_NAME) {
                    return null;
                }
                Integer at = index.get(parser.currentName());
                if (at == null || cells[at] != null) {
                    return null;
                }
                String value = scalar(parser, parser.nextToken());
                if (value == null && parser.currentToken() == JsonToken.START_ARRAY) {
                    StringBuilder joined = new StringBuilder();
                    int elements = 0;
                    for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                        if (element != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        if (elements++ > 0) {
                            joined.append(';');
                        }
                        joined.append(parser.getString());
                    }
                    value = joined.toString();
                }
                if (value == null) {
                    return null;
                }
                cells[at] = value;
            }
            return parser.nextToken() == null ? cells : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A scalar's cell text, as {@link JsonNode#asString()} gives it; null for other values. */
    private static String scalar(JsonParser parser, JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NULL -> "";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
                    ? String.valueOf(parser.getIntValue()) : null;
            default -> null;
        };
    }

    /** An object, or a list holding an object or a list: no cell text for it (asString() would throw). */
    private static boolean nested(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (element.isContainer()) {
                    return true;
                }
            }
            return false;
        }
        return value.isObject();
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(element.asString()));
            return String.join(";", parts);
        }
        return value.asString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
