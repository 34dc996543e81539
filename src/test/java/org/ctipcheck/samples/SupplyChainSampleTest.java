package org.ctipcheck.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 9: the supply-chain sample a new user runs as samples/README.md says (sample 10's submission with
 * the attestation of its supply chain) gives exactly the per-row results in its expected-rows.csv, and its text
 * report keeps to the report's width even with a 120-character supplier name and a long free-text good.
 */
class SupplyChainSampleTest {
    static final Path SAMPLE = Path.of("samples/10-subcontract-supplies-fee-ban-gaps");

    @TempDir
    Path folder;

    private Cli.Result check(String... more) {
        String asOf = SamplesGoldenTest.Expected.read(SAMPLE).asOf().toString();
        String[] base = {"check", SAMPLE.resolve("submission.yaml").toString(), "--supply-chain",
                SAMPLE.resolve("suppliers.csv").toString(), "--as-of", asOf, "--no-audit"};
        return Cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of(base), java.util.stream.Stream.of(more))
                .toArray(String[]::new));
    }

    @Test
    void perRowResultsAreTheExpectedOnes() throws IOException {
        Path rows = folder.resolve("rows.csv");

        Cli.Result run = check("--supply-chain-findings", rows.toString()).exits(1).noStackTrace();

        assertThat(run.err()).contains("suppliers.csv: rows read 9 = evaluated 7 + rejected 2");
        assertThat(Files.readAllLines(rows)).as("per-row results of " + SAMPLE.resolve("suppliers.csv"))
                .containsExactlyElementsOf(Files.readAllLines(SAMPLE.resolve("expected-rows.csv")));
    }

    @Test
    void theTextReportKeepsToItsWidthAndShowsLongValuesWhole() {
        String report = check().exits(1).out();

        assertThat(report.lines().filter(line -> line.length() > 100))
                .as("lines wider than the report's 100 columns").isEmpty();
        String joined = report.replaceAll("\n +", " ");
        assertThat(joined).contains("Bangladesh Export Processing Zone Corrugated Packaging and Garment Accessories"
                + " Manufacturing Cooperative Society Limited (BD, tier 2)");
        assertThat(report).containsPattern("(?m)^    corrugated export carton printed hangtag and polybag for finished garment\n"
                + " {32}1 / 1 / 1$");
    }
}
