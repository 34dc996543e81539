package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format with the document formats, and 'ctip report' re-rendering a saved JSON report. */
class ReportFormatsCliTest {
    private static final String AS_OF = CheckCommandTest.AS_OF;
    private static final String SAMPLE = CheckCommandTest.MAJOR_AND_MINOR;
    private static final String BASE = "10-subcontract-supplies-fee-ban-gaps";

    @Test
    void allSixFormatsAtOnceWriteOneFileEachUnderPredictableNames(@TempDir Path dir) throws IOException {
        Cli.Result run = Cli.run("check", SAMPLE, "--as-of", AS_OF, "--out", dir.toString(),
                "--format", "text,json,pdf,html,csv,oscal").exits(1).noStackTrace();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly(
                    BASE + ".findings.csv", BASE + ".findings.html", BASE + ".findings.json",
                    BASE + ".findings.oscal.json", BASE + ".findings.pdf", BASE + ".findings.txt");
        }
        assertThat(Files.readAllBytes(dir.resolve(BASE + ".findings.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(run.out()).contains(dir.resolve(BASE + ".findings.pdf").toString());
    }

    /** Issue 12 item 7: nothing vanishes silently; a character no embedded font has is named on stderr. */
    @Test
    void pdfOfAnOrganizationNamedWithAnEmojiWarnsOnStderrAndOtherFormatsDoNot(@TempDir Path dir) throws IOException {
        Path submission = dir.resolve("emoji.json");
        Files.writeString(submission, Files.readString(Path.of("samples/02-housing-without-housing-plan/submission.json"))
                .replace("\"Horn Gateway Support Services FZE\"", "\"Horn Gateway \\ud83d\\ude80 \u0e44\u0e17\u0e22 FZE\""));

        Cli.Result pdf = Cli.run("check", submission.toString(), "--as-of", AS_OF, "--out", dir.resolve("pdf").toString(),
                "--format", "pdf,json").exits(1).noStackTrace();
        Cli.Result text = Cli.run("check", submission.toString(), "--as-of", AS_OF, "--out",
                dir.resolve("text").toString(), "--format", "text").exits(1).noStackTrace();
        Cli.Result again = Cli.run("report", dir.resolve("pdf/emoji.findings.json").toString(), "--format", "pdf",
                "--out", dir.resolve("again").toString()).exits(0).noStackTrace();

        String warning = "ctip: warning: " + submission + ": the PDF shows 1 character that no embedded font has as a"
                + " marker naming its Unicode code points: [emoji U+1F680]";
        assertThat(pdf.err()).contains(warning);
        assertThat(again.err()).contains("the PDF shows 1 character").contains("[emoji U+1F680]");
        assertThat(text.err()).doesNotContain("warning");
    }

    @Test
    void pdfWithoutOutExitsTwoAndSaysToAddOut() {
        Cli.Result run = Cli.run("check", SAMPLE, "--as-of", AS_OF, "--format", "pdf").exits(2).noStackTrace();

        assertThat(run.err()).contains("--format pdf writes a file: add --out DIR");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void htmlCsvAndOscalPrintToTheTerminalForOneFile() {
        assertThat(Cli.run("check", SAMPLE, "--as-of", AS_OF, "--format", "html").exits(1).out())
                .startsWith("<!DOCTYPE html>");
        assertThat(Cli.run("check", SAMPLE, "--as-of", AS_OF, "--format", "csv").exits(1).out())
                .startsWith("record,award_id");
        assertThat(Cli.run("check", SAMPLE, "--as-of", AS_OF, "--format", "oscal").exits(1).out())
                .contains("\"assessment-results\"");
    }

    @Test
    void htmlForSeveralFilesNeedsOut() {
        Cli.Result run = Cli.run("check", SAMPLE, CheckCommandTest.COMPLIANT, "--as-of", AS_OF, "--format", "html")
                .exits(2).noStackTrace();

        assertThat(run.err()).contains("--format html with several files needs --out DIR");
    }

    @Test
    void reportReRendersASavedJsonReportExactlyAsCheckWouldHave(@TempDir Path dir) throws IOException {
        Path direct = dir.resolve("direct");
        Path again = dir.resolve("again");
        Cli.run("check", SAMPLE, "--as-of", AS_OF, "--out", direct.toString(), "--format", "json,html,csv,text")
                .exits(1);
        Path json = direct.resolve(BASE + ".findings.json");

        Cli.Result run = Cli.run("report", json.toString(), "--format", "html,csv,text,pdf,oscal", "--out",
                again.toString()).exits(0).noStackTrace();

        for (String ext : new String[] {"html", "csv", "txt"}) {
            assertThat(Files.readString(again.resolve(BASE + ".findings." + ext)))
                    .as(ext).isEqualTo(Files.readString(direct.resolve(BASE + ".findings." + ext)));
        }
        assertThat(again.resolve(BASE + ".findings.pdf")).isRegularFile();
        assertThat(again.resolve(BASE + ".findings.oscal.json")).isRegularFile();
        assertThat(run.out()).contains(again.resolve(BASE + ".findings.pdf").toString());
    }

    @Test
    void everyFormatCarriesTheAuditStampAndReportKeepsIt(@TempDir Path dir) throws IOException {
        Path direct = dir.resolve("direct");
        Path again = dir.resolve("again");
        Cli.run("check", SAMPLE, "--as-of", AS_OF, "--audit-dir", dir.resolve("audit").toString(), "--out",
                direct.toString(), "--format", "json,html,csv,text,oscal").exits(1).noStackTrace();
        Path json = direct.resolve(BASE + ".findings.json");
        var stamp = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(json)).path("audit");
        String id = stamp.path("evaluationId").asString();
        String head = stamp.path("chainHead").asString();
        assertThat(id).isNotBlank();
        assertThat(head).hasSize(64);

        // checked against the log it names, the report renders again exactly as issued (issue 12: not as a copy)
        Cli.run("report", json.toString(), "--format", "html,csv,text,oscal", "--out", again.toString(),
                "--audit-dir", dir.resolve("audit").toString()).exits(0).noStackTrace();
        for (String ext : new String[] {"html", "csv", "txt", "oscal.json"}) {
            String written = Files.readString(direct.resolve(BASE + ".findings." + ext));
            assertThat(written).as(ext).contains(id).contains(head);
            assertThat(Files.readString(again.resolve(BASE + ".findings." + ext))).as(ext).isEqualTo(written);
        }
    }

    @Test
    void everyFormatCarriesTheSupplyChainSectionAndReportReRendersIt(@TempDir Path dir) throws IOException {
        Path attestations = dir.resolve("suppliers.csv");
        try (var writer = Files.newBufferedWriter(attestations)) {
            new org.ctipcheck.supplychain.AttestationGenerator(3, 0.02).write(writer, 200, false);
        }
        Path direct = dir.resolve("direct");
        Path again = dir.resolve("again");
        String base = "01-compliant-overseas-services";
        Cli.run("check", CheckCommandTest.COMPLIANT, "--as-of", "2026-11-28", "--supply-chain", attestations.toString(),
                "--out", direct.toString(), "--format", "json,html,csv,text,oscal,pdf").noStackTrace();

        assertThat(Files.readString(direct.resolve(base + ".findings.html"))).contains("id=\"supply-chain\"")
                .contains("Rows read").contains("2025 TIP Report");
        assertThat(Files.readString(direct.resolve(base + ".findings.csv"))).contains("\r\nsupply-chain,")
                .contains("\r\nsupply-chain-count,").contains("\r\nreference-list,");
        assertThat(Files.readString(direct.resolve(base + ".findings.oscal.json")))
                .contains("Supply-chain screen of " + attestations);
        assertThat(Files.readString(direct.resolve(base + ".findings.json"))).contains("\"referenceLists\"")
                .contains("\"stale\"");
        Cli.run("report", direct.resolve(base + ".findings.json").toString(), "--format", "html,csv,text,oscal",
                "--out", again.toString()).exits(0).noStackTrace();
        for (String ext : new String[] {"html", "csv", "txt", "oscal.json"}) {
            assertThat(Files.readString(again.resolve(base + ".findings." + ext)))
                    .as(ext).isEqualTo(Files.readString(direct.resolve(base + ".findings." + ext)));
        }
    }

    @Test
    void reportWritesNextToTheJsonByDefault(@TempDir Path dir) {
        Cli.run("check", SAMPLE, "--as-of", AS_OF, "--out", dir.toString(), "--format", "json").exits(1);

        Cli.run("report", dir.resolve(BASE + ".findings.json").toString(), "--format", "pdf").exits(0).noStackTrace();

        assertThat(dir.resolve(BASE + ".findings.pdf")).isRegularFile();
    }

    @Test
    void reportOfAJsonArrayWritesOneFilePerSubmission(@TempDir Path dir) throws IOException {
        Cli.Result check = Cli.run("check", SAMPLE, CheckCommandTest.COMPLIANT, "--as-of", AS_OF, "--format", "json");
        Path json = Files.writeString(dir.resolve("all.json"), check.out());

        Cli.run("report", json.toString(), "--format", "csv").exits(0).noStackTrace();

        assertThat(dir.resolve(BASE + ".findings.csv")).isRegularFile();
        assertThat(dir.resolve("01-compliant-overseas-services.findings.csv")).isRegularFile();
    }

    @Test
    void reportOfSomethingThatIsNotAReportExitsTwoWithAClearMessage(@TempDir Path dir) throws IOException {
        Path notJson = Files.writeString(dir.resolve("notes.json"), "these are notes");
        Path submission = Path.of(CheckCommandTest.HOUSING_BLOCKER);
        Path missing = dir.resolve("missing.json");

        Cli.Result run = Cli.run("report", notJson.toString(), submission.toString(), missing.toString(),
                "--format", "pdf").exits(2).noStackTrace();

        assertThat(run.err()).contains(notJson + ": not JSON").contains(missing + ": no such file")
                .contains(submission + ": not a ctip JSON report");
    }

    @Test
    void reportNeedsAFormat() {
        Cli.Result run = Cli.run("report", "x.json").exits(2).noStackTrace();

        assertThat(run.err()).contains("--format");
    }
}
