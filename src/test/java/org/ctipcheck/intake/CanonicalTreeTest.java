package org.ctipcheck.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The canonical JSON written from the tree (the intake's fast path) is, character for character, what the library
 * path gives (write the tree as JSON, canonicalize that text with org.erdtman.jcs): the submission hash recorded in
 * the audit log must not change with the faster path.
 */
class CanonicalTreeTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper DECIMALS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    static Stream<Path> submissions() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            return files.filter(file -> file.getFileName().toString().matches("submission\\.(json|ya?ml)")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("submissions")
    void everySampleCanonicalizesAsTheLibraryPathDoes(Path file) throws IOException {
        ObjectMapper mapper = file.toString().endsWith(".json") ? JSON : YAML;
        JsonNode tree = mapper.readTree(Files.readAllBytes(file));
        assertSame(tree);
        assertSame(JSON.readTree(JSON.writeValueAsBytes(tree))); // the same submission sent as a JSON body
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"b\":1,\"a\":2,\"B\":3,\"\u00e9\":4,\"\uff5e\":5,\"\ud83d\ude00\":6,\"\":7,\"aa\":8,\"a\\u0000\":9}",
        "{\"s\":\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f nul \\u0000 us \\u001f del \\u007f\"}",
        "{\"s\":\"caf\u00e9 \u20ac \ud83d\ude00 \\ud800 lone \\udfff \u2028 \u2029 \\u00a0\"}",
        "[0,-0,1,-1,0.1,-0.0,1e21,1e20,1e-6,1e-7,123456789012345678901234567890,9007199254740993,5e-324,1.7976931348623157e308]",
        "[2147483647,2147483648,-9223372036854775808,9223372036854775808,1.5,100.00,1E+3,0.000001234,333333333.33333333]",
        "{\"nested\":{\"z\":[true,false,null,{}],\"y\":[[],[{\"k\":\"v\"}]]},\"empty\":\"\"}",
    })
    void edgeCasesCanonicalizeAsTheLibraryPathDoes(String json) throws IOException {
        assertSame(JSON.readTree(json));
        assertSame(DECIMALS.readTree(json));
    }

    @Test
    void yamlScalarsCanonicalizeAsTheLibraryPathDoes() throws IOException {
        assertSame(YAML.readTree("a: 1.50\nb: .5\nc: 0x1F\nd: 1_000\ne: 12345678901234567890123\nf: -0.0\n"
                + "g: 'text'\nh: ~\ni: 2026-03-01\nj: \"tab\\there\"\n"));
    }

    @Test
    void whatOnlyTheLibraryPathJudgesIsLeftToIt() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("n", Double.NaN);
        assertThat(CanonicalTree.of(tree)).isNull();
        for (JsonNode odd : List.of(JsonNodeFactory.instance.numberNode(Double.POSITIVE_INFINITY),
                JsonNodeFactory.instance.numberNode(1.1f), JsonNodeFactory.instance.binaryNode(new byte[] {1, 2}),
                JsonNodeFactory.instance.pojoNode(new Object()))) {
            assertThat(CanonicalTree.of(JsonNodeFactory.instance.arrayNode().add(odd))).as(odd.toString()).isNull();
        }
    }

    private static void assertSame(JsonNode tree) {
        String expected = CanonicalJson.canonicalize(JSON.writeValueAsString(tree));
        assertThat(CanonicalTree.of(tree)).isEqualTo(expected);
    }
}
