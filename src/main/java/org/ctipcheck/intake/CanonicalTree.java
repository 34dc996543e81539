package org.ctipcheck.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.erdtman.jcs.NumberToJSON;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ShortNode;

/**
 * RFC 8785 canonical JSON written straight from the parsed tree, so intake does not write the tree out as JSON and
 * parse it again ({@link CanonicalJson#canonicalize}: two thirds of the canonicalization's cost). It produces exactly
 * what that path produces — the same library's number formatting, its string escapes, properties in UTF-16 code
 * unit order — and, for any node that path would treat differently (binary, POJO, float, NaN or infinite numbers),
 * answers null so the caller takes that path instead. CanonicalJsonTest holds the two side by side.
 */
final class CanonicalTree {
    private CanonicalTree() {
    }

    /** The canonical JSON of {@code tree}; null when the tree holds something only the text path should judge. */
    static String of(JsonNode tree) {
        StringBuilder out = new StringBuilder(1024);
        try {
            return write(tree, out) ? out.toString() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean write(JsonNode node, StringBuilder out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                String[] names = node.propertyNames().toArray(new String[0]);
                Arrays.sort(names); // String order is UTF-16 code unit order, as RFC 8785 section 3.2.3 asks
                out.append('{');
                for (int i = 0; i < names.length; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names[i], out);
                    out.append(':');
                    if (!write(node.get(names[i]), out)) {
                        return false;
                    }
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!write(node.get(i), out)) {
                        return false;
                    }
                }
                out.append(']');
            }
            case STRING -> string(node.stringValue(), out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> {
                Double value = number(node);
                if (value == null) {
                    return false;
                }
                out.append(NumberToJSON.serializeNumber(value));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The double the text path ends with: it writes the number as Jackson does and reads it back with
     * {@code Double.valueOf}; for these node types that is the same value, read here without the text.
     */
    private static Double number(JsonNode node) {
        double value;
        if (node instanceof IntNode || node instanceof LongNode || node instanceof ShortNode) {
            value = node.longValue(); // exact in a long; the conversion rounds as Double.valueOf of its digits does
        } else if (node instanceof DoubleNode) {
            value = node.doubleValue();
        } else if (node instanceof BigIntegerNode) {
            BigInteger big = node.bigIntegerValue();
            value = Double.parseDouble(big.toString());
        } else if (node instanceof DecimalNode) {
            BigDecimal decimal = node.decimalValue();
            value = Double.parseDouble(decimal.toString());
        } else {
            return null;
        }
        return Double.isFinite(value) ? value : null;
    }

    /** The string escapes of org.erdtman.jcs (RFC 8785 section 3.2.2.2): the short forms, else a hex escape below U+0020. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"', '\\' -> out.append('\\').append(c);
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
