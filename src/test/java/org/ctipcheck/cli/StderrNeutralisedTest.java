package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 9: what {@code ctip check} echoes on stderr (file names, option values, problems quoting the
 * submission) passes through the terminal-text neutraliser: an ANSI escape, a CR or a bidi override in a file name
 * cannot recolour, overwrite or reorder the terminal. Before, the messages printed them raw.
 */
class StderrNeutralisedTest {
    /** Clears the screen, recolours, returns to the line start to overwrite it, and flips what follows. */
    private static final String HOSTILE = "bid\u001b[2J\u001b[31m\rctip: OK\u202elmay";
    private static final String SHOWN = "bid\\x1b[2J\\x1b[31m\\rctip: OKlmay";

    @TempDir
    Path folder;

    private static void noRawControls(String text) {
        assertThat(text).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e");
    }

    @Test
    void anInvalidSubmissionsNameIsShownEscaped() throws IOException {
        Path file = Files.writeString(folder.resolve(HOSTILE + ".yaml"), "award: [\n");

        Cli.Result run = Cli.run("check", file.toString(), "--no-audit").exits(2).noStackTrace();

        noRawControls(run.err());
        assertThat(run.err()).contains(SHOWN + ".yaml: invalid submission");
    }

    @Test
    void aSubmissionValueQuotedInAProblemIsShownEscaped() throws IOException {
        Path file = Files.writeString(folder.resolve("bid.yaml"), Files.readString(
                Path.of("samples/01-compliant-overseas-services/submission.yaml"))
                .replace("instrument: CONTRACT", "instrument: \"CON\\e[31mTRACT\\r\\u202e\""));

        Cli.Result run = Cli.run("check", file.toString(), "--no-audit").exits(2).noStackTrace();

        noRawControls(run.err());
        assertThat(run.err()).contains("\\x1b[31m");
    }

    @Test
    void anAttestationsNameIsShownEscaped() throws IOException {
        Path attestation = Files.writeString(folder.resolve(HOSTILE + ".csv"), "");

        Cli.Result run = Cli.run("check", "samples/01-compliant-overseas-services/submission.yaml", "--no-audit",
                "--as-of", "2026-03-01", "--supply-chain", attestation.toString()).exits(2).noStackTrace();

        noRawControls(run.err());
        assertThat(run.err()).contains(SHOWN + ".csv");
    }

    @Test
    void anOptionValueEchoedInAUsageErrorIsShownEscaped() {
        Cli.Result run = Cli.run("check", "samples/01-compliant-overseas-services/submission.yaml", "--as-of",
                "2026\u001b[2J\r\u202e").exits(2).noStackTrace();

        noRawControls(run.err());
        assertThat(run.err()).contains("2026\\x1b[2J\\r");
    }

    @Test
    void aFindingsFileThatIsAnInputIsNamedEscaped() throws IOException {
        Path submission = Files.copy(Path.of("samples/01-compliant-overseas-services/submission.yaml"),
                folder.resolve(HOSTILE + ".yaml"));

        Cli.Result run = Cli.run("check", submission.toString(), "--no-audit", "--supply-chain",
                "samples/10-subcontract-supplies-fee-ban-gaps/suppliers.csv", "--supply-chain-findings",
                submission.toString()).exits(2).noStackTrace();

        noRawControls(run.err());
        assertThat(run.err()).contains(SHOWN + ".yaml is the input");
    }
}
