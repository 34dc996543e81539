package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ctipcheck.fixtures.Cli;
import org.ctipcheck.supplychain.AttestationColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile submission or attestation file puts in a name reaches a terminal neutralised (text report,
 * {@code audit list}, {@code audit stats}) and a spreadsheet guarded and quoted (CSV report, per-row findings file,
 * {@code audit export --format csv}); the JSON report and the audit record keep the exact value.
 */
class TerminalAndSpreadsheetSafetyTest {
    private static final String SAMPLE = "samples/01-compliant-overseas-services/submission.yaml";
    private static final String HOUSING = "samples/02-housing-without-housing-plan/submission.json";
    /** Clears the screen, recolours, forges a report line and flips the rest right-to-left. */
    private static final String ANSI_NAME = "\u001b[2J\u001b[31mMeridian\u001b[0m\r\n  Determination: COMPLIANT \u202eexe.txt";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")\u2028Meridian";

    @TempDir
    Path folder;

    private Path submission(String legalName) throws IOException {
        String yaml = Files.readString(Path.of(SAMPLE)).replace("legalName: Meridian Gulf Builders W.L.L.",
                "legalName: " + JsonMapper.builder().build().writeValueAsString(legalName));
        Path file = folder.resolve("submission.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** Sample 02 (it has findings, so {@code audit stats} lists its organization) under another legal name. */
    private Path withFindings(String legalName) throws IOException {
        String json = Files.readString(Path.of(HOUSING)).replace("\"Horn Gateway Support Services FZE\"",
                JsonMapper.builder().build().writeValueAsString(legalName));
        Path file = folder.resolve("housing.json");
        Files.writeString(file, json);
        return file;
    }

    private String[] audited(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--audit-dir", folder.resolve("audit").toString()))
                .toArray(String[]::new);
    }

    @Test
    void controlCharactersInANameAreNeutralisedInTheTextReportButExactInJson() throws IOException {
        Path file = submission(ANSI_NAME);

        String text = Cli.run("check", file.toString(), "--as-of", "2026-03-01").noStackTrace().out();
        String json = Cli.run("check", file.toString(), "--as-of", "2026-03-01", "--format", "json").noStackTrace()
                .json().path("submission").path("organization").asString();

        assertThat(text).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e")
                .contains("\\x1b[2J\\x1b[31mMeridian\\x1b[0m\\r\\n  Determination: COMPLIANT exe.txt");
        assertThat(text.lines().filter(line -> line.startsWith("  Determination:")).count()).isEqualTo(1);
        assertThat(json).isEqualTo(ANSI_NAME);
    }

    @Test
    void aFormulaWithALineSeparatorInANameIsGuardedAndQuotedInTheCsvReport() throws IOException {
        String csv = Cli.run("check", submission(FORMULA_NAME).toString(), "--as-of", "2026-03-01", "--format", "csv")
                .noStackTrace().out();

        assertThat(csv).contains("\"'" + FORMULA_NAME.replace("\"", "\"\"") + "\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSizeGreaterThan(1).allSatisfy(row -> assertThat(row.size()).isEqualTo(13));
        assertThat(rows.get(1).get(2)).isEqualTo("'" + FORMULA_NAME);
    }

    @Test
    void auditListAndStatsNeutraliseWhatExportGuardsAndShowKeepsExact() throws IOException {
        Cli.run(audited("check", withFindings(ANSI_NAME).toString(), "--as-of", "2026-03-01", "--format", "json",
                "--actor", "\u001b]0;pwned\u0007bob")).noStackTrace();
        Cli.run(audited("check", submission(FORMULA_NAME).toString(), "--as-of", "2026-03-01", "--format", "json"))
                .noStackTrace();

        String list = Cli.run(audited("audit", "list")).exits(0).out();
        String stats = Cli.run(audited("audit", "stats")).exits(0).out();
        String export = Cli.run(audited("audit", "export", "--format", "csv")).exits(0).out();
        String shown = Cli.run(audited("audit", "show", "1")).exits(0).json().path("organization").asString();

        for (String display : List.of(list, stats)) {
            assertThat(display).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e")
                    .doesNotContain("\u2028").contains("\\x1b");
        }
        assertThat(list).contains("\\x1b]0;pwned\\x07bob");
        assertThat(shown).isEqualTo(ANSI_NAME);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(export)).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(5)).isEqualTo(ANSI_NAME);
        assertThat(rows.get(2).get(5)).isEqualTo("'" + FORMULA_NAME);
        assertThat(rows.get(2).get(0)).isEqualTo("2");
    }

    @Test
    void supplierNamesReachTheTextReportNeutralisedAndTheFindingsFileGuarded() throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        AttestationColumns.ALL.forEach(column -> row.put(column, ""));
        row.putAll(Map.of("supplier_id", "=cmd|' /C calc'!A0", "supplier_name", "\u001b[31mAcme\u2028\u202eLtd",
                "role", "subcontractor", "tier", "1", "country", "US", "goods", "fasteners", "migrant_workers", "0",
                "recruitment_fees_charged", "true", "id_documents_held", "false", "wages_withheld", "false"));
        Path attestations = folder.resolve("att.jsonl");
        Files.writeString(attestations, JsonMapper.builder().build().writeValueAsString(row) + "\n");
        Path findings = folder.resolve("rows.csv");

        String text = Cli.run("check", SAMPLE, "--as-of", "2026-11-28", "--supply-chain", attestations.toString(),
                "--supply-chain-findings", findings.toString()).noStackTrace().out();

        assertThat(text).contains("SUPPLY CHAIN").contains("\\x1b[31mAcme\\u2028Ltd").doesNotContain("\u001b")
                .doesNotContain("\u202e");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(Files.newBufferedReader(findings)).getRecords();
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.get(1).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(1).get(0)).isEqualTo("1");
    }
}
