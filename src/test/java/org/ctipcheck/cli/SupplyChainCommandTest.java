package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctipcheck.fixtures.Cli;
import org.ctipcheck.supplychain.AttestationColumns;
import org.ctipcheck.supplychain.AttestationGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ctip check SUBMISSION --supply-chain FILE}: the section, the reconciliation, the findings file, the errors. */
class SupplyChainCommandTest {
    @TempDir
    Path folder;

    private Path generated(String name, int rows, double malformed) throws IOException {
        Path file = folder.resolve(name);
        try (var writer = Files.newBufferedWriter(file)) {
            new AttestationGenerator(3, malformed).write(writer, rows, name.endsWith(".jsonl"));
        }
        return file;
    }

    @Test
    void theJsonReportGetsASupplyChainSectionThatReconciles() throws IOException {
        Path file = generated("att.csv", 400, 0.02);

        Cli.Result run = Cli.run("check", CheckCommandTest.COMPLIANT, "--as-of", "2026-11-28", "--format", "json",
                "--supply-chain", file.toString()).exits(1).noStackTrace();

        JsonNode section = run.json().path("supplyChain");
        assertThat(section.path("rowsRead").asLong()).isEqualTo(400);
        assertThat(section.path("rowsEvaluated").asLong() + section.path("rowsRejected").asLong()).isEqualTo(400);
        assertThat(section.path("rejectedRows").size()).isEqualTo(section.path("rowsRejected").asInt());
        assertThat(section.path("rejectedRows").get(0).path("line").asLong()).isPositive();
        assertThat(section.path("referenceLists").findValuesAsString("edition")).contains("2025 TIP Report");
        assertThat(section.path("listFindings").findValuesAsString("ruleId")).contains("CTIP-SC-08.partial-list");
        assertThat(section.path("riskiestSuppliers").get(0).path("riskLevel").asString()).isEqualTo("CRITICAL");
        assertThat(section.path("byCountry").has("CN")).isTrue();
        assertThat(run.err()).contains("rows read 400 = evaluated ");
    }

    @Test
    void withoutSupplyChainTheReportHasNoSection() {
        Cli.Result run = Cli.run("check", CheckCommandTest.COMPLIANT, "--as-of", "2026-03-01", "--format", "json")
                .noStackTrace();
        assertThat(run.json().has("supplyChain")).isFalse();
    }

    @Test
    void theTextReportShowsTheSectionAndPerRowFindingsGoToJsonLines() throws IOException {
        Path file = generated("att.jsonl", 300, 0.02);
        Path findings = folder.resolve("rows.jsonl");

        Cli.Result run = Cli.run("check", CheckCommandTest.COMPLIANT, "--as-of", "2026-11-28", "--supply-chain",
                file.toString(), "--supply-chain-findings", findings.toString()).noStackTrace();

        assertThat(run.out()).contains("SUPPLY CHAIN").contains("Rows read 300 = evaluated").contains("Riskiest suppliers");
        List<String> lines = Files.readAllLines(findings);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"line\":"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"rejected\":"));
    }

    @Test
    void aHeaderThatDoesNotMatchIsExplainedWithTheExpectedColumns() throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "vendor,nation\nAcme,US\n");

        Cli.Result run = Cli.run("check", CheckCommandTest.COMPLIANT, "--as-of", "2026-11-28", "--supply-chain",
                file.toString()).exits(2).noStackTrace();

        assertThat(run.err()).contains("the header does not match").contains(String.join(",", AttestationColumns.ALL));
    }
}
