package org.ctipcheck.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON and compression the audit log stores; compact, plain decimals. */
final class AuditJson {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private AuditJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * A list of strings as a JSON array, exactly as {@link #write} gives it (a rule hit's JSON Pointers: written
     * for every hit, where the general serializer's set-up cost shows).
     */
    static String writeStrings(java.util.List<String> values) {
        StringBuilder out = new StringBuilder(16 + values.size() * 24).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values.get(i);
            if (value == null) {
                out.append("null");
                continue;
            }
            out.append('"');
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                switch (ch) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (ch < 0x20) {
                            out.append(String.format("\\u%04X", (int) ch));
                        } else {
                            out.append(ch);
                        }
                    }
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String gunzip(byte[] compressed) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AuditException("a stored submission or rule archive is not readable: " + e.getMessage(), e);
        }
    }
}
