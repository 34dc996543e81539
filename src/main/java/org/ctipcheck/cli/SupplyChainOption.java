package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.supplychain.FindingsFile;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.ReferenceLists;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainSummary;
import picocli.CommandLine.Option;

/**
 * {@code --supply-chain FILE} and its companions: what the check screens (once, for every submission's report),
 * where per-row findings go, and how progress is shown.
 */
final class SupplyChainOption {
    /** The per-row findings file cannot be written. */
    static final class FindingsFileFailure extends RuntimeException {
        FindingsFileFailure(String message) {
            super(message);
        }
    }

    @Option(names = "--supply-chain", paramLabel = "FILE",
            description = "Screen a supply-chain attestation file (.csv, or .jsonl/.ndjson) against the reference lists "
                    + "and the CTIP-SC rules; the report gets a supply-chain section.")
    Path file;

    @Option(names = "--supply-chain-findings", paramLabel = "FILE",
            description = "Also write every rejected row and every row with a finding or risk above LOW to FILE "
                    + "(.jsonl/.ndjson for JSON Lines, else CSV).")
    Path findingsFile;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Reference lists folder with lists.yaml (default: the rules folder's reference/).")
    Path reference;

    @Option(names = "--no-progress", description = "No progress bar on stderr, even on a terminal.")
    boolean noProgress;

    private ClosingReported opened;

    /** The screen failed: its per-row findings would be partial, so no findings file is left. */
    void discardFindings() {
        if (opened != null) {
            opened.discarded()[0] = true;
        }
    }

    /**
     * Whether stderr is a terminal. Java 17 cannot ask isatty(2); on Linux /proc says where fd 2 goes (so
     * {@code ctip check ... > report.json} still shows the bar), elsewhere a console on stdin/stdout stands in.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** The attestation to screen, or null without --supply-chain. */
    AttestationSource source() {
        return file == null ? null : AttestationSource.of(file);
    }

    /** Where the screen's lists come from: --reference DIR, else the ruleset's own. */
    ComplianceCheck.ReferenceListSource referenceLists() {
        return reference == null ? null : ruleset -> ReferenceLists.load(reference, ruleset.parameters());
    }

    Progress progress(PrintWriter stderr) {
        return file == null || noProgress || !stderrIsTerminal() ? Progress.NONE : new ProgressBar(stderr);
    }

    /** The per-row findings file, opened before the check (closed by the caller); a sink that takes nothing without it. */
    RowSink openFindingsFile() {
        if (file == null || findingsFile == null) {
            return RowSink.NONE;
        }
        try {
            opened = new ClosingReported(FindingsFile.open(findingsFile), findingsFile, new boolean[1]);
            return opened;
        } catch (IOException e) {
            throw new FindingsFileFailure("cannot write " + findingsFile + ": " + e.getMessage());
        }
    }

    /** Tells how the screen went; false when it failed (the reports then have no supply-chain section). */
    boolean report(CheckOutcome outcome, PrintWriter stderr) {
        if (outcome.supplyChainFailure() != null) {
            CheckCommand.say(stderr, outcome.supplyChainFailure());
            return false;
        }
        SupplyChainSummary summary = outcome.supplyChain();
        if (summary != null) {
            CheckCommand.say(stderr, file + ": rows read " + summary.rowsRead() + " = evaluated " + summary.rowsEvaluated()
                    + " + rejected " + summary.rowsRejected());
        }
        return true;
    }

    /** The findings file, whose failure to close (flush) is reported like any other write failure. */
    private record ClosingReported(FindingsFile sink, Path path, boolean[] discarded) implements RowSink {
        @Override
        public void row(org.ctipcheck.submission.AttestationRow row, java.util.List<org.ctipcheck.findings.RowFinding> findings,
                org.ctipcheck.findings.RiskLevel level) throws IOException {
            sink.row(row, findings, level);
        }

        @Override
        public void rejected(long line, String reason) throws IOException {
            sink.rejected(line, reason);
        }

        @Override
        public void close() {
            if (discarded[0]) {
                sink.discard();
                return;
            }
            try {
                sink.close();
            } catch (IOException e) {
                throw new FindingsFileFailure("cannot write " + path + ": " + e.getMessage());
            }
        }
    }
}
