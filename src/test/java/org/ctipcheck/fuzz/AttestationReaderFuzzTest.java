package org.ctipcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.supplychain.AttestationColumns;
import org.ctipcheck.supplychain.AttestationGenerator;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.supplychain.InvalidAttestationFile;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * Property-based fuzzing of both attestation readers (CSV and JSON Lines) through the screen, on this thread
 * (fixed seed): arbitrary bytes after a valid header and mutated generated files are screened or refused with
 * {@link InvalidAttestationFile}, never anything else; every row read is evaluated or rejected, the sink is told of
 * each one, and no message or rejection reason names a Java class, an exception or a Jackson flag.
 */
class AttestationReaderFuzzTest {
    private static final SupplyChainScreen SCREEN = new SupplyChainScreen(AttestationFixture.evaluator(),
            AttestationFixture.lists(), AttestationFixture.TODAY, Runnable::run);

    @Property(tries = 400, seed = "20261203", shrinking = ShrinkingMode.BOUNDED)
    void arbitraryBytesAfterTheHeaderAreScreenedOrRefused(@ForAll("formats") String format,
            @ForAll("bytes") byte[] body) {
        byte[] header = ("csv".equals(format) ? String.join(",", AttestationColumns.ALL) + "\n" : "")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[header.length + body.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(body, 0, bytes, header.length, body.length);
        screenOrRefuse(format, bytes);
    }

    @Property(tries = 400, seed = "20261203", shrinking = ShrinkingMode.BOUNDED)
    void mutatedCsvFilesAreScreenedOrRefused(@ForAll("mutatedCsv") byte[] bytes) {
        screenOrRefuse("csv", bytes);
    }

    @Property(tries = 400, seed = "20261203", shrinking = ShrinkingMode.BOUNDED)
    void mutatedJsonLinesFilesAreScreenedOrRefused(@ForAll("mutatedJsonLines") byte[] bytes) {
        screenOrRefuse("jsonl", bytes);
    }

    private static void screenOrRefuse(String format, byte[] bytes) {
        CountingSink sink = new CountingSink(bytes);
        try {
            SupplyChainSummary summary = SCREEN.screen(new AttestationSource("fuzz." + format,
                    () -> new ByteArrayInputStream(bytes), bytes.length), sink, Progress.NONE);
            assertThat(summary.rowsRead()).isEqualTo(summary.rowsEvaluated() + summary.rowsRejected());
            assertThat(sink.rows).isEqualTo(summary.rowsEvaluated());
            assertThat(sink.rejected).isEqualTo(summary.rowsRejected());
        } catch (InvalidAttestationFile refused) {
            assertThat(refused.getMessage()).isNotBlank();
            UserMessages.assertClean(refused.getMessage(), bytes);
        }
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("csv", "jsonl");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    }

    @Provide
    Arbitrary<byte[]> mutatedCsv() {
        return Mutations.of(generated(false));
    }

    @Provide
    Arbitrary<byte[]> mutatedJsonLines() {
        return Mutations.of(generated(true));
    }

    /** Three small generated files (some rows already malformed), from fixed seeds. */
    private static List<byte[]> generated(boolean jsonLines) {
        return List.of(1L, 2L, 3L).stream().map(seed -> {
            StringWriter out = new StringWriter();
            try {
                new AttestationGenerator(seed, 0.05).write(out, 20, jsonLines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }).toList();
    }

    /** Counts what the screen tells a findings file, and checks each rejection reason. */
    private static final class CountingSink implements RowSink {
        private final byte[] input;
        long rows;
        long rejected;

        CountingSink(byte[] input) {
            this.input = input;
        }

        @Override
        public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
            rows++;
        }

        @Override
        public void rejected(long line, String reason) {
            rejected++;
            assertThat(reason).isNotBlank();
            UserMessages.assertClean(reason, input);
        }

        @Override
        public void close() {
        }
    }
}
