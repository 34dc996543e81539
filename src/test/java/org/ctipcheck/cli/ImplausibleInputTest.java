package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12, item 8: implausible facts and options are refused before anything is judged or written. */
class ImplausibleInputTest {
    private static final Path SAMPLE = Path.of("samples/01-compliant-overseas-services/submission.yaml");

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2204-01-01           | in the year 2204, outside 1900-2100",
            "0000-01-01           | in the year 0, outside 1900-2100",
            "1899-12-31           | in the year 1899, outside 1900-2100",
            "2023-06-15T00:00:00Z | a date and time where a date (yyyy-mm-dd) belongs",
            "2023-06-15 10:00     | a date and time where a date (yyyy-mm-dd) belongs",
            "2023-02-29           | not a calendar date"})
    void implausibleDatesAreRefusedWithTheFieldAndTheValue(String date, String message) throws IOException {
        Path file = Files.writeString(folder.resolve("bid.yaml"),
                Files.readString(SAMPLE).replace("awardDate: 2023-06-15", "awardDate: \"" + date + "\""));

        Cli.Result run = Cli.run("check", file.toString(), "--no-audit", "--as-of", "2026-03-01").exits(2).noStackTrace();

        assertThat(run.err()).contains("/award/awardDate").contains(message);
    }

    @Test
    void theFirstAndLastPlausibleYearsAreAccepted() throws IOException {
        for (String date : new String[] {"1900-01-01", "2100-12-31"}) {
            Path file = Files.writeString(folder.resolve("bid.yaml"),
                    Files.readString(SAMPLE).replace("awardDate: 2023-06-15", "awardDate: " + date));
            Cli.Result run = Cli.run("check", file.toString(), "--no-audit", "--as-of", "2026-03-01").noStackTrace();
            assertThat(run.err()).doesNotContain("/award/awardDate");
        }
    }

    @Test
    void aPipeIsRefusedInsteadOfWaitedOnForEver() throws Exception {
        Path fifo = folder.resolve("bid.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();

        Cli.Result run = Cli.run("check", fifo.toString(), "--no-audit").exits(2).noStackTrace();

        assertThat(run.err()).contains("not a regular file");
    }

    @Test
    void anOverlongActorOrRoleIsRefusedBeforeAnythingIsWritten() {
        Path audit = folder.resolve("audit");
        Cli.run("check", SAMPLE.toString(), "--audit-dir", audit.toString(), "--actor", "a".repeat(201)).exits(2).noStackTrace();
        Cli.run("check", SAMPLE.toString(), "--audit-dir", audit.toString(), "--role", "r".repeat(101)).exits(2).noStackTrace();
        Cli.run("check", SAMPLE.toString(), "--audit-dir", audit.toString(), "--idempotency-key", " ").exits(2).noStackTrace();

        assertThat(audit).doesNotExist();
    }

    @Test
    void auditQueryOptionsAreValidated() {
        Path audit = folder.resolve("audit");
        Cli.run("check", SAMPLE.toString(), "--as-of", "2026-03-01", "--audit-dir", audit.toString()).noStackTrace();

        assertThat(Cli.run("audit", "list", "--determination", "MAYBE", "--audit-dir", audit.toString()).exits(2)
                .noStackTrace().err()).contains("not a determination");
        Cli.run("audit", "list", "--determination", "compliant with observations", "--audit-dir", audit.toString()).exits(0);
        Cli.run("audit", "stats", "--top", "-1", "--audit-dir", audit.toString()).exits(2).noStackTrace();
        Cli.run("audit", "show", "1", "--max-hits", "-5", "--audit-dir", audit.toString()).exits(2).noStackTrace();
    }
}
