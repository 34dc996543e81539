package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming read of a JSON Lines record must give exactly the cells the tree read gives, and must decline
 * (so that the tree read decides, with its own rejection message) every line it does not handle the same way.
 */
class JsonLinesStreamingTest {
    private final JsonLinesRecordReader reader = new JsonLinesRecordReader(new BufferedReader(new StringReader("")));

    private void agrees(String text) {
        RawRecord tree = reader.tree(1, text);
        String[] streamed = reader.streamed(text);
        if (streamed != null) {
            assertThat(tree.readable()).as(text).isTrue();
            assertThat(streamed).as(text).containsExactly(tree.cells());
        }
    }

    @Test
    void oddLinesAreLeftToTheTreeReadAndOrdinaryOnesGiveTheSameCells() {
        List<String> lines = List.of(
                "{\"supplier_id\":\"S1\",\"supplier_name\":\"Acme\",\"tier\":1,\"xuar_inputs\":false,\"sam_screened\":true}",
                "{\"supplier_id\":\"S1\",\"goods\":[\"cotton\",\"\",\"steel\"],\"aliases\":[],\"parent_id\":null}",
                "{\"supplier_id\":\"S1\",\"goods\":[\"cotton\",1]}",
                "{\"supplier_id\":\"S1\",\"goods\":[null]}",
                "{\"supplier_id\":\"S1\",\"tier\":1.5}",
                "{\"supplier_id\":\"S1\",\"tier\":-0}",
                "{\"supplier_id\":\"S1\",\"tier\":1e3}",
                "{\"supplier_id\":\"S1\",\"migrant_workers\":12345678901234}",
                "{\"supplier_id\":\"S1\",\"goods\":{\"a\":\"b\"}}",
                "{\"supplier_id\":\"S1\",\"supplier_id\":\"S2\"}",
                "{\"supplier_id\":\"S1\",\"colour\":\"red\"}",
                "{\"supplier_id\":\"S1\"} trailing",
                "{\"supplier_id\":\"S1\"}{\"supplier_id\":\"S2\"}",
                "{\"supplier_id\":\"S1\"",
                "{\"supplier_id\":\"Caf\\u00e9 \\\"quoted\\\"\"}",
                "[1,2]",
                "42",
                "\"text\"",
                "null",
                "{}",
                "{ \"supplier_id\" : \"S1\" , \"country\" : \"C\u00f4te d'Ivoire\" }");
        lines.forEach(this::agrees);
        assertThat(reader.streamed(lines.get(0))).isNotNull();
        assertThat(reader.streamed(lines.get(1))).isNotNull();
        assertThat(reader.streamed("{\"supplier_id\":\"S1\",\"colour\":\"red\"}")).isNull();
    }

    @Test
    void aNestedObjectRejectsItsLineInsteadOfStoppingTheRead() throws Exception {
        JsonLinesRecordReader lines = new JsonLinesRecordReader(new BufferedReader(new StringReader(
                "{\"supplier_id\":\"S1\",\"goods\":{\"a\":\"b\"}}\n{\"supplier_id\":\"S2\",\"goods\":[[\"x\"]]}\n"
                        + "{\"supplier_id\":\"S3\"}\n")));
        RawRecord first = lines.next();
        RawRecord second = lines.next();
        RawRecord third = lines.next();
        assertThat(first.readable()).isFalse();
        assertThat(first.error()).contains("field 'goods' holds a JSON object");
        assertThat(second.readable()).isFalse();
        assertThat(third.readable()).isTrue();
        assertThat(third.line()).isEqualTo(3);
    }

    @Test
    void generatedFilesGiveTheSameCellsEitherWay() throws Exception {
        StringWriter out = new StringWriter();
        new AttestationGenerator(11, 0.05).write(out, 5_000, true);
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        int streamed = 0;
        for (String line : lines) {
            agrees(line);
            streamed += reader.streamed(line) == null ? 0 : 1;
        }
        assertThat(streamed).isGreaterThan(lines.size() / 2);
    }
}
