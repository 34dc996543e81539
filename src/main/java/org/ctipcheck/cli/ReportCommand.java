package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ctipcheck.check.SavedReports;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.JsonReportReader;
import org.ctipcheck.report.ReportFiles;
import org.ctipcheck.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders a saved JSON report (from 'ctip check --format json') again, in other formats,"
                + " without evaluating again.",
                "Writes <submission>.findings.<ext> for each report and format, next to the JSON file unless --out says where."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULT", arity = "1..*", description = "JSON reports written by 'ctip check --format json'.")
    List<Path> files;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", required = true,
            converter = CheckCommand.FormatConverter.class,
            description = "text, json, pdf, html, csv or oscal; several at once, e.g. pdf,html,csv.")
    List<ReportFormat> formats;

    @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR (default: the folder of each RESULT).")
    Path out;

    /** The audit log a report's stamp is checked against (the same defaults as ctip check). */
    @picocli.CommandLine.Mixin
    AuditStoreOption auditStore;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Set<ReportFormat> formatSet = EnumSet.copyOf(formats);
        Set<String> used = new HashSet<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            List<EvaluationReport> reports;
            try {
                reports = new JsonReportReader().read(file);
            } catch (NoSuchFileException e) {
                stderr.println("ctip: " + file + ": no such file");
                exit = ExitCodes.INVALID_INPUT;
                continue;
            } catch (IOException e) {
                stderr.println("ctip: " + file + ": cannot read (" + e.getMessage() + ")");
                exit = ExitCodes.INVALID_INPUT;
                continue;
            } catch (JsonReportReader.NotAReport e) {
                stderr.println("ctip: " + e.getMessage());
                exit = ExitCodes.INVALID_INPUT;
                continue;
            }
            Path folder = out != null ? out : parentOf(file);
            byte[] saved = reports.size() == 1 ? readQuietly(file) : null;
            for (EvaluationReport stamped : reports) {
                EvaluationReport report = checkedAgainstTheLog(file, stamped, saved, stderr);
                if (report == null) {
                    exit = ExitCodes.INVALID_INPUT;
                    continue;
                }
                String base = unique(used, CheckCommand.baseName(sourcePath(report.submission().source())));
                try {
                    for (Path target : ReportFiles.write(report, java.util.Map.of(), folder, base, formatSet,
                            new org.ctipcheck.output.Inputs(files))) {
                        stdout.println(file + ": " + report.result().determination() + " -> " + target);
                    }
                    CheckCommand.warnOfUnrenderableText(file.toString(), report, formatSet, stderr);
                } catch (IOException e) {
                    stderr.println("ctip: cannot write the report for " + file + " to " + folder + ": " + e.getMessage());
                    exit = ExitCodes.INVALID_INPUT;
                }
            }
        }
        stdout.flush();
        return exit;
    }

    /**
     * The report as it may be rendered: refused (null) when its audit stamp names a record it does not match,
     * marked as an unverified copy when it cannot be checked.
     */
    private EvaluationReport checkedAgainstTheLog(Path file, EvaluationReport report, byte[] saved, PrintWriter stderr) {
        java.util.function.Supplier<org.ctipcheck.audit.AuditStore> log = auditStore.forCheck(false)
                .<java.util.function.Supplier<org.ctipcheck.audit.AuditStore>>map(
                        location -> () -> org.ctipcheck.audit.AuditStore.openExisting(location))
                .orElse(null);
        SavedReports.Verdict verdict = SavedReports.check(report, saved, log);
        if (verdict instanceof SavedReports.Differs differs) {
            stderr.println("ctip: " + file + ": not rendered: " + differs.reason());
            return null;
        }
        if (verdict instanceof SavedReports.Unchecked unchecked) {
            stderr.println("ctip: " + file + ": rendered as an UNVERIFIED COPY: " + unchecked.reason());
            return report.withAudit(report.audit().unverified());
        }
        return report;
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** A report's submission name as a path; a name no path can hold gives the generic one. */
    private static Path sourcePath(String source) {
        try {
            return Path.of(source == null || source.isBlank() ? "submission" : source);
        } catch (java.nio.file.InvalidPathException odd) {
            return Path.of("submission");
        }
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) ? parent : Path.of(".");
    }

    private static String unique(Set<String> used, String base) {
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
