package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 4: ctip report cannot turn an edited JSON report into an official-looking one. */
class ReportForgeryTest {
    private static final String HOUSING = "samples/02-housing-without-housing-plan/submission.json";

    @TempDir
    Path folder;

    private Path saved() {
        Cli.run("check", HOUSING, "--as-of", "2026-03-01", "--format", "json", "--out", folder.resolve("issued").toString(),
                "--audit-dir", folder.resolve("audit").toString()).exits(1);
        return folder.resolve("issued/02-housing-without-housing-plan.findings.json");
    }

    private Path forged(Path saved) throws IOException {
        String json = Files.readString(saved).replace("\"determination\" : \"NON_COMPLIANT\"", "\"determination\" : \"COMPLIANT\"")
                .replace("\"determination\":\"NON_COMPLIANT\"", "\"determination\":\"COMPLIANT\"");
        assertThat(json).as("the test edits the determination").contains("COMPLIANT\"").doesNotContain("NON_COMPLIANT\"");
        return Files.writeString(folder.resolve("edited.json"), json);
    }

    @Test
    void theReportAsIssuedRendersAgainUnderItsStamp() {
        Cli.Result run = Cli.run("report", saved().toString(), "--format", "text,html", "--out", folder.resolve("again").toString(),
                "--audit-dir", folder.resolve("audit").toString()).exits(0).noStackTrace();
        assertThat(run.err()).doesNotContain("UNVERIFIED");
    }

    @Test
    void anEditedReportIsRefusedWhenTheLogCanTell() throws IOException {
        Path edited = forged(saved());

        Cli.Result run = Cli.run("report", edited.toString(), "--format", "pdf", "--out", folder.resolve("forged").toString(),
                "--audit-dir", folder.resolve("audit").toString()).exits(2).noStackTrace();

        assertThat(run.err()).contains("not rendered").contains("changed after it was issued");
        assertThat(folder.resolve("forged")).doesNotExist();
    }

    @Test
    void aReportThatCannotBeCheckedSaysSoInEveryFormat() throws IOException {
        Path edited = forged(saved());

        Cli.Result run = Cli.run("report", edited.toString(), "--format", "text,html,csv,oscal,json",
                "--out", folder.resolve("copy").toString()).exits(0).noStackTrace();

        assertThat(run.err()).contains("UNVERIFIED COPY");
        try (var files = Files.list(folder.resolve("copy"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.getFileName().toString()).containsAnyOf("UNVERIFIED COPY", "\"unverifiedCopy\" : true",
                        "\"unverifiedCopy\":true", "unverified");
            }
        }
    }

    @Test
    void malformedSavedReportsAreInvalidInputNeverAnInternalError() throws IOException {
        String json = Files.readString(saved());
        Path unknownDetermination = Files.writeString(folder.resolve("a.json"),
                json.replaceFirst("\"determination\" ?: ?\"NON_COMPLIANT\"", "\"determination\" : \"MAYBE\""));
        Path missing = Files.writeString(folder.resolve("b.json"), "{\"reportVersion\": \"1\"}");
        Path oddSource = Files.writeString(folder.resolve("c.json"), json.replaceFirst("\"source\" ?: ?\"[^\"]*\"",
                "\"source\" : \"a\\\\u0000b/../../x\""));

        for (Path file : new Path[] {unknownDetermination, missing, oddSource}) {
            Cli.Result run = Cli.run("report", file.toString(), "--format", "text", "--out", folder.resolve("r").toString())
                    .noStackTrace();
            assertThat(run.exit()).as(file + ": " + run.err()).isIn(0, 2);
        }
    }
}
