package org.ctipcheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctipcheck.output.AtomicFile;
import org.ctipcheck.supplychain.AttestationGenerator;
import org.ctipcheck.supplychain.AttestationSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate-attestation", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic supply-chain attestation file to try --supply-chain with: realistic suppliers,"
                + " subcontractors and recruiters across tiers and countries, a few percent with gaps or abuse indicators."
                + " The same seed gives the same file.",
                "Example: ctip generate-attestation suppliers.csv --rows 1000, then"
                + " ctip check SUBMISSION --supply-chain suppliers.csv"})
final class GenerateAttestationCommand implements Callable<Integer> {
    private static final long MAX_ROWS = 100_000_000L;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to write: .csv, or .jsonl/.ndjson for JSON Lines. An existing file is"
            + " never overwritten.")
    Path file;

    @Option(names = "--rows", paramLabel = "N", description = "Rows to write (default: 1000).")
    long rows = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed: the same seed gives the same file (default: 42).")
    long seed = 42;

    @Option(names = "--malformed", paramLabel = "RATE",
            description = "Share of rows written malformed, from 0 to 1, to see how rejected rows are reported (default: 0).")
    double malformed;

    @Override
    public Integer call() {
        if (rows < 0 || rows > MAX_ROWS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be from 0 to " + MAX_ROWS);
        }
        if (!(malformed >= 0 && malformed <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--malformed must be a share from 0 to 1");
        }
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            spec.commandLine().getErr().println("ctip: " + file + " exists already; name a new file (nothing was written)");
            return ExitCodes.INVALID_INPUT;
        }
        boolean jsonLines = new AttestationSource(file.toString(), null, -1).format().equals("jsonl");
        try (AtomicFile target = AtomicFile.create(file)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8), 1 << 16);
            new AttestationGenerator(seed, malformed).write(out, rows, jsonLines);
            out.flush();
            target.commit();
        } catch (IOException e) {
            spec.commandLine().getErr().println("ctip: cannot write " + file + ": " + e.getMessage() + " (nothing was written)");
            return ExitCodes.INVALID_INPUT;
        }
        spec.commandLine().getOut().println(file + ": " + rows + " rows (" + (jsonLines ? "JSON Lines" : "CSV")
                + ", seed " + seed + ")");
        return ExitCodes.OK;
    }
}
