package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.supplychain.FindingsFile;
import org.ctipcheck.supplychain.InvalidAttestationFile;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.ReferenceLists;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;
import picocli.CommandLine.Option;

/**
 * {@code --supply-chain FILE} and its companions: screens the attestation file once and attaches the
 * supply-chain section to every submission's report.
 */
final class SupplyChainOption {
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

    private SupplyChainSummary summary;
    private boolean failed;

    boolean failed() {
        return failed;
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

    /** The report with the supply-chain section, screening the file on first use; unchanged without --supply-chain. */
    EvaluationReport attach(EvaluationReport report, Ruleset ruleset, LocalDate evaluationDate, PrintWriter stderr) {
        if (file == null || failed) {
            return report;
        }
        if (summary == null) {
            Path lists = reference != null ? reference : Path.of(ruleset.location()).resolve("reference");
            Progress progress = noProgress || !stderrIsTerminal() ? Progress.NONE : new ProgressBar(stderr);
            try (RowSink sink = findingsFile == null ? RowSink.NONE : FindingsFile.open(findingsFile)) {
                summary = new SupplyChainScreen(new SupplyChainEvaluator(ruleset), ReferenceLists.load(lists), evaluationDate)
                        .screen(file, sink, progress);
            } catch (InvalidAttestationFile e) {
                stderr.println("ctip: " + e.getMessage());
                failed = true;
                return report;
            } catch (IOException e) {
                stderr.println("ctip: cannot write " + findingsFile + ": " + e.getMessage());
                failed = true;
                return report;
            }
            stderr.println("ctip: " + file + ": rows read " + summary.rowsRead() + " = evaluated " + summary.rowsEvaluated()
                    + " + rejected " + summary.rowsRejected());
        }
        return report.withSupplyChain(summary);
    }
}
