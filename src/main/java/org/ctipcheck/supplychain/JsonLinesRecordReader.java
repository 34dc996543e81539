package org.ctipcheck.supplychain;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
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
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return RawRecord.bad(line, "not valid JSON: " + e.getOriginalMessage());
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
            } else {
                cells[at] = cell(field.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            return RawRecord.bad(line, "unknown field(s) " + unknown + "; expected fields: " + String.join(", ", header));
        }
        return RawRecord.ok(line, cells);
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
