package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 2: outputs never overwrite inputs, never follow planted links, and a failed write says so. */
class SafeOutputsTest {
    private static final Path SAMPLE = Path.of("samples/02-housing-without-housing-plan/submission.json");

    @TempDir
    Path folder;

    private Path attestation() throws IOException {
        return Files.writeString(folder.resolve("suppliers.csv"), "supplier_id,supplier_name,country,goods\nS1,Acme,VN,shrimp\n");
    }

    @Test
    void theFindingsFileMayNotBeTheAttestation() throws IOException {
        Path attestation = attestation();
        String before = Files.readString(attestation);

        Cli.Result run = Cli.run("check", SAMPLE.toString(), "--no-audit", "--as-of", "2026-03-01", "--supply-chain",
                attestation.toString(), "--supply-chain-findings", attestation.toString()).exits(2).noStackTrace();

        assertThat(run.err()).contains("would be overwritten");
        assertThat(Files.readString(attestation)).isEqualTo(before);
    }

    @Test
    void theFindingsFileMayNotBeASubmissionByAnotherPath() throws IOException {
        Path submission = Files.copy(SAMPLE, folder.resolve("bid.json"));
        byte[] before = Files.readAllBytes(submission);

        Cli.run("check", submission.toString(), "--no-audit", "--as-of", "2026-03-01", "--supply-chain",
                attestation().toString(), "--supply-chain-findings", folder.resolve("x/../bid.json").toString())
                .exits(2).noStackTrace();

        assertThat(Files.readAllBytes(submission)).isEqualTo(before);
    }

    @Test
    void reRenderingASavedReportNeverWritesOverIt() throws IOException {
        Path submission = Files.copy(SAMPLE, folder.resolve("bid.json"));
        Cli.run("check", submission.toString(), "--no-audit", "--as-of", "2026-03-01", "--format", "json",
                "--out", folder.toString());
        Path saved = folder.resolve("bid.findings.json");
        byte[] before = Files.readAllBytes(saved);

        Cli.Result run = Cli.run("report", saved.toString(), "--format", "json").exits(2).noStackTrace();

        assertThat(run.err()).contains("would overwrite the input");
        assertThat(Files.readAllBytes(saved)).isEqualTo(before);
    }

    @Test
    void aLinkPlantedInTheOutputFolderIsNotFollowed() throws IOException {
        Path victim = Files.writeString(folder.resolve("victim.txt"), "keep");
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.createSymbolicLink(out.resolve("02-housing-without-housing-plan.findings.json"), victim);

        Cli.run("check", SAMPLE.toString(), "--no-audit", "--as-of", "2026-03-01", "--format", "json", "--out",
                out.toString()).exits(1);

        assertThat(Files.readString(victim)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(out.resolve("02-housing-without-housing-plan.findings.json"))).isFalse();
    }

    @Test
    void aSubmissionNamedFromTheCurrentFolderGetsTheFolderName() throws IOException {
        assertThat(CheckCommand.baseName(Path.of("./submission.json")))
                .isEqualTo(Path.of("").toAbsolutePath().getFileName().toString());
        assertThat(CheckCommand.baseName(Path.of("samples/01-x/submission.yaml"))).isEqualTo("01-x");
        assertThat(CheckCommand.baseName(Path.of(".hidden.yaml"))).isEqualTo("hidden");
        assertThat(CheckCommand.baseName(Path.of("a b;c.yaml"))).isEqualTo("a-b-c");
        assertThat(CheckCommand.baseName(Path.of("..yaml"))).isEqualTo("submission");
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputIsAnError() {
        PrintWriter full = new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
        StringWriter err = new StringWriter();

        int exit = CtipCommand.run(new String[] {"check", SAMPLE.toString(), "--no-audit", "--as-of", "2026-03-01"},
                full, new PrintWriter(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write the report to standard output").doesNotContain("Exception");
    }
}
