package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, items 8 and 9: a synthetic attestation without building a class path; ctip alone is a usage error. */
class GenerateAttestationCommandTest {
    @TempDir
    Path folder;

    @Test
    void writesASeededFileThatTheCheckScreens() throws IOException {
        Path file = folder.resolve("suppliers.csv");

        Cli.run("generate-attestation", file.toString(), "--rows", "250", "--seed", "7").exits(0).noStackTrace();
        Path again = folder.resolve("again.csv");
        Cli.run("generate-attestation", again.toString(), "--rows", "250", "--seed", "7").exits(0);

        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(again));
        Cli.Result checked = Cli.run("check", "samples/01-compliant-overseas-services/submission.yaml", "--no-audit",
                "--as-of", "2026-03-01", "--supply-chain", file.toString(), "--format", "json").noStackTrace();
        assertThat(checked.json().path("supplyChain").path("rowsRead").asLong()).isEqualTo(250);
    }

    @Test
    void helpIsHelpNotAFileNamedHelp() {
        Cli.run("generate-attestation", "--help").exits(0);
        assertThat(Path.of("--help")).doesNotExist();
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(folder.resolve("mine.csv"), "keep");

        Cli.Result run = Cli.run("generate-attestation", existing.toString()).exits(2).noStackTrace();

        assertThat(run.err()).contains("exists already");
        assertThat(Files.readString(existing)).isEqualTo("keep");
    }

    @Test
    void badNumbersAreUsageErrors() {
        Cli.run("generate-attestation", folder.resolve("a.csv").toString(), "--rows", "-1").exits(2).noStackTrace();
        Cli.run("generate-attestation", folder.resolve("b.csv").toString(), "--malformed", "2").exits(2).noStackTrace();
        Cli.run("generate-attestation", folder.resolve("c.csv").toString(), "--rows", "many").exits(2).noStackTrace();
    }

    @Test
    void ctipAloneIsAUsageError() {
        Cli.Result run = Cli.run().exits(2);
        assertThat(run.err()).contains("Usage: ctip");
    }
}
