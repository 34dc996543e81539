package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ctipcheck.audit.SupplyChainLog;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;
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

    boolean requested() {
        return file != null;
    }

    /** The report with the supply-chain section, screening the file on first use; unchanged without --supply-chain. */
    EvaluationReport attach(EvaluationReport report, Ruleset ruleset, LocalDate evaluationDate, PrintWriter stderr) {
        return attach(report, ruleset, evaluationDate, stderr, null);
    }

    /**
     * As {@link #attach(EvaluationReport, Ruleset, LocalDate, PrintWriter)}; with a started {@code recorder}, the
     * screen's per-row hits are recorded into its batch while the screen runs.
     *
     * @throws org.ctipcheck.audit.AuditException when the audit log cannot take the hits
     */
    EvaluationReport attach(EvaluationReport report, Ruleset ruleset, LocalDate evaluationDate, PrintWriter stderr,
            AuditRecorder recorder) {
        if (file == null || failed) {
            return report;
        }
        if (summary == null) {
            Path lists = reference != null ? reference : Path.of(ruleset.location()).resolve("reference");
            Progress progress = noProgress || !stderrIsTerminal() ? Progress.NONE : new ProgressBar(stderr);
            SupplyChainLog log = recorder == null ? null : recorder.supplyChain(file);
            try (RowSink findings = findingsFile == null ? RowSink.NONE : FindingsFile.open(findingsFile);
                 RowSink sink = log == null ? findings : both(findings, log)) {
                summary = new SupplyChainScreen(new SupplyChainEvaluator(ruleset), ReferenceLists.load(lists), evaluationDate)
                        .screen(file, sink, progress);
            } catch (InvalidAttestationFile e) {
                stderr.println("ctip: " + e.getMessage());
                return screenFailed(report, log);
            } catch (IOException e) {
                stderr.println("ctip: cannot write " + findingsFile + ": " + e.getMessage());
                return screenFailed(report, log);
            } catch (RuntimeException e) {
                if (log != null) {
                    log.discard();
                }
                throw e;
            }
            if (log != null) {
                recorder.supplyChainRecorded(log.finish(summary));
            }
            stderr.println("ctip: " + file + ": rows read " + summary.rowsRead() + " = evaluated " + summary.rowsEvaluated()
                    + " + rejected " + summary.rowsRejected());
        }
        return report.withSupplyChain(summary);
    }

    private EvaluationReport screenFailed(EvaluationReport report, SupplyChainLog log) {
        failed = true;
        if (log != null) {
            log.discard();
        }
        return report;
    }

    /** Each row to the findings file and to the audit log. */
    private static RowSink both(RowSink first, RowSink second) {
        return new RowSink() {
            @Override
            public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) throws IOException {
                first.row(row, findings, level);
                second.row(row, findings, level);
            }

            @Override
            public void rejected(long line, String reason) throws IOException {
                first.rejected(line, reason);
                second.rejected(line, reason);
            }

            @Override
            public void close() throws IOException {
                second.close();
            }
        };
    }
}
