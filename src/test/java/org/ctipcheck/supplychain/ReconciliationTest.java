package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.fixtures.AttestationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows read = rows evaluated + rows rejected, whatever is wrong with the file; bad rows never stop good ones. */
class ReconciliationTest {
    /** The 29 columns files had before covered_value and end_product: such files stay valid. */
    private static final String HEADER = String.join(",", AttestationColumns.ALL.stream()
            .filter(column -> !column.equals("covered_value") && !column.equals("end_product")).toList());
    private static final String GOOD = "S-%d,Acme %d Ltd,,subcontractor,1,,US,fasteners,,,0,false,false,false,false,48,"
            + "false,,SMETA,2026-03-01,PASS,true,true,,2025-06-01,2026-06-01,A,,false";

    @TempDir
    Path folder;

    private SupplyChainSummary screen(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new SupplyChainScreen(AttestationFixture.evaluator(), AttestationFixture.lists(), AttestationFixture.TODAY,
                AttestationFixture.WORKERS).screen(file, RowSink.NONE, Progress.NONE);
    }

    private static String good(int n) {
        return String.format(GOOD, n, n);
    }

    @Test
    void malformedRowsAreRejectedWithTheirLineAndTheOthersAreEvaluated() throws IOException {
        String content = HEADER + "\n"
                + good(1) + "\n"
                + "S-2,Bad \"quote\" Ltd,,supplier,1,,US,x,,,0,,,,,,,,,,,,,,,,,,\n"
                + good(3) + "\n"
                + "S-4,Short row,supplier\n"
                + good(5).replace(",US,", ",Atlantis,") + "\n"
                + "S-6,\"closed\"x,,supplier,1,,US,x,,,0,,,,,,,,,,,,,,,,,,\n"
                + good(7) + "\n";
        SupplyChainSummary summary = screen("mixed.csv", content);
        assertThat(summary.rowsRead()).isEqualTo(7);
        assertThat(summary.rowsEvaluated()).isEqualTo(3);
        assertThat(summary.rowsRejected()).isEqualTo(4);
        assertThat(summary.rejected()).extracting(SupplyChainSummary.Rejection::line).containsExactly(3L, 5L, 6L, 7L);
        assertThat(summary.rejected().get(0).reason()).contains("bad quoting");
        assertThat(summary.rejected().get(1).reason()).contains("wrong column count: expected 29, found 3");
        assertThat(summary.rejected().get(2).reason()).contains("invalid country: 'Atlantis'");
        assertThat(summary.rejected().get(3).reason()).contains("after a closing quote");
    }

    @Test
    void anUnclosedQuoteRejectsOnlyItsOwnLineAndTheFollowingRowsAreReadAgain() throws IOException {
        String content = HEADER + "\n"
                + good(1) + "\n"
                + "S-2,\"Never closed,,supplier,1,,US,x,,,0,,,,,,,,,,,,,,,,,,\n"
                + good(3) + "\n"
                + good(4) + "\n";
        SupplyChainSummary summary = screen("unclosed.csv", content);
        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.rowsEvaluated()).isEqualTo(3);
        assertThat(summary.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.line()).isEqualTo(3);
            assertThat(rejection.reason()).contains("never closed");
        });
    }

    @Test
    void aQuotedCellMaySpanLinesAndLineNumbersStayPhysical() throws IOException {
        String content = HEADER + "\n"
                + good(1).replace("Acme 1 Ltd", "\"Acme\nTwo Lines Ltd\"") + "\n"
                + "S-3,Broken,supplier\n";
        SupplyChainSummary summary = screen("multiline.csv", content);
        assertThat(summary.rowsEvaluated()).isEqualTo(1);
        assertThat(summary.rejected()).extracting(SupplyChainSummary.Rejection::line).containsExactly(4L);
    }

    @Test
    void aBomAndCrlfLineEndsAreRead() throws IOException {
        String content = "\uFEFF" + HEADER + "\r\n" + good(1) + "\r\n" + good(2) + "\r\n";
        SupplyChainSummary summary = screen("bom-crlf.csv", content);
        assertThat(summary.rowsRead()).isEqualTo(2);
        assertThat(summary.rowsEvaluated()).isEqualTo(2);
        assertThat(summary.findingsByRule()).isEmpty();
    }

    @Test
    void aHeaderOnlyFileHasNoRowsAndBlankLinesAreNotRows() throws IOException {
        SupplyChainSummary summary = screen("header-only.csv", HEADER + "\n\n\n");
        assertThat(summary.rowsRead()).isZero();
        assertThat(summary.rowsEvaluated()).isZero();
        assertThat(summary.rowsRejected()).isZero();
    }

    @Test
    void anEmptyFileIsRefusedWithTheExpectedColumns() {
        assertThatThrownBy(() -> screen("empty.csv", ""))
                .isInstanceOf(InvalidAttestationFile.class)
                .hasMessageContaining("the file is empty")
                .hasMessageContaining("supplier_id,supplier_name,aliases,role");
        assertThatThrownBy(() -> screen("empty.jsonl", ""))
                .isInstanceOf(InvalidAttestationFile.class).hasMessageContaining("the file is empty");
    }

    @Test
    void aHeaderThatDoesNotMatchIsRefusedListingMissingUnknownAndExpectedColumns() {
        assertThatThrownBy(() -> screen("wrong.csv", "id,name,country\n1,x,US\n"))
                .isInstanceOf(InvalidAttestationFile.class)
                .hasMessageContaining("missing required [supplier_id, supplier_name, role, tier]")
                .hasMessageContaining("unknown [id, name]")
                .hasMessageContaining("expected supplier_id,supplier_name,aliases");
    }

    @Test
    void optionalColumnsMayBeLeftOutAndColumnsComeInAnyOrder() throws IOException {
        SupplyChainSummary summary = screen("minimal.csv", "country,tier,role,supplier_name,supplier_id\nUS,1,supplier,Acme,S-1\n");
        assertThat(summary.rowsEvaluated()).isEqualTo(1);
        assertThat(summary.rowsRejected()).isZero();
    }

    @Test
    void jsonLinesRowsAreReadAndBadLinesRejectedOnTheirOwn() throws IOException {
        String content = "\uFEFF{\"supplier_id\":\"S-1\",\"supplier_name\":\"Acme\",\"role\":\"supplier\",\"tier\":1,"
                + "\"country\":\"US\",\"recruitment_countries\":[\"NP\",\"Philippines\"]}\r\n"
                + "{\"supplier_id\": \"S-2\", broken\n"
                + "\n"
                + "[1,2]\n"
                + "{\"supplier_id\":\"S-5\",\"colour\":\"red\"}\n"
                + "{\"supplier_id\":\"S-6\",\"supplier_name\":\"Acme\",\"role\":\"supplier\",\"tier\":1,\"country\":\"Narnia\"}\n"
                + "{\"supplier_id\":\"S-7\",\"supplier_name\":\"Acme\",\"role\":\"supplier\",\"tier\":1,\"country\":\"DE\"}\n";
        SupplyChainSummary summary = screen("rows.jsonl", content);
        assertThat(summary.rowsRead()).isEqualTo(6);
        assertThat(summary.rowsEvaluated()).isEqualTo(2);
        assertThat(summary.rejected()).extracting(SupplyChainSummary.Rejection::line).containsExactly(2L, 4L, 5L, 6L);
        assertThat(summary.rejected().get(2).reason()).contains("unknown field(s) [colour]");
    }

    @Test
    void generatedFilesWithMalformedRowsReconcile() throws IOException {
        Path file = folder.resolve("generated.csv");
        try (var writer = Files.newBufferedWriter(file)) {
            new AttestationGenerator(11, 0.05).write(writer, 3000, false);
        }
        SupplyChainSummary summary = new SupplyChainScreen(AttestationFixture.evaluator(), AttestationFixture.lists(),
                AttestationFixture.TODAY, 100, AttestationFixture.WORKERS).screen(file, RowSink.NONE, Progress.NONE);
        assertThat(summary.rowsRead()).isEqualTo(3000);
        assertThat(summary.rowsEvaluated() + summary.rowsRejected()).isEqualTo(summary.rowsRead());
        assertThat(summary.rowsRejected()).isBetween(100L, 250L);
    }

    @Test
    void theGeneratorWritesTheSameBytesForTheSameSeed() throws IOException {
        java.io.StringWriter first = new java.io.StringWriter();
        java.io.StringWriter second = new java.io.StringWriter();
        new AttestationGenerator(5, 0.01).write(first, 500, true);
        new AttestationGenerator(5, 0.01).write(second, 500, true);
        assertThat(first.toString()).isEqualTo(second.toString());
    }
}
