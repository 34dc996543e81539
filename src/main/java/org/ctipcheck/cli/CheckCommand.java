package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.intake.InvalidSubmission;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionProblem;
import org.ctipcheck.intake.SubmissionReader;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.JsonReportWriter;
import org.ctipcheck.report.ReportFactory;
import org.ctipcheck.report.ReportFiles;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.submission.EvaluationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluates submissions (JSON or YAML) and reports the determination, the findings and the checklist.",
                "Each file is evaluated and reported on its own: one bad file does not hide the others' results."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Submission files (.json, .yaml or .yml).")
    List<Path> files;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, json, pdf, html, csv or oscal (OSCAL 1.1.2 Assessment Results); several with --out,"
                    + " e.g. text,json,pdf (default: text). pdf needs --out.")
    List<ReportFormat> formats = List.of(ReportFormat.TEXT);

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write <submission>.findings.<txt|json|pdf|html|csv|oscal.json> into DIR instead of printing"
                    + " to the terminal.")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 1 when a finding is at or above this severity: BLOCKER, MAJOR, MINOR or INFO (default: MAJOR).")
    Severity failOn = Severity.MAJOR;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    SupplyChainOption supplyChain;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Evaluate as of this date (yyyy-mm-dd); deadlines are measured against it (default: today).")
    LocalDate asOf;

    @Option(names = "--notify-within", paramLabel = "DAYS",
            description = "Days after credible information is received within which a notice to the contracting officer"
                    + " and the Inspector General counts as \"immediately\" (FAR 52.222-50(d)); default: 1.")
    int notifyWithinDays = EvaluationContext.DEFAULT_NOTIFICATION_DAYS;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuse submission files larger than this, e.g. 10MB, 512KB (default: 10MB).")
    long maxBytes = SubmissionReader.DEFAULT_MAX_BYTES;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Who is checking, for the audit log (default: the operating-system user).")
    String actor = System.getProperty("user.name", "unknown");

    @Option(names = "--role", paramLabel = "ROLE",
            description = "The actor's role for the audit log, e.g. contracting-officer, auditor (default: unspecified).")
    String role = "unspecified";

    @Option(names = "--no-audit", description = "Do not record this check in the audit log.")
    boolean noAudit;

    @Mixin
    AuditStoreOption auditStore;

    private final Clock clock;

    CheckCommand() {
        this(Clock.systemDefaultZone());
    }

    CheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Set<ReportFormat> formatSet = EnumSet.copyOf(formats);
        if (notifyWithinDays < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--notify-within must be 0 days or more");
        }
        checkFormats(formatSet);
        Trace trace = new Trace(stderr);
        // Load the rules on a second thread while the first submission is read: on a cold JVM the two take
        // about as long as each other, and neither needs the other.
        CompletableFuture<Ruleset> loading = CompletableFuture.supplyAsync(
                () -> rulesOption.loader().load(rulesOption.folder()), CheckCommand::startDaemon);
        java.util.Optional<org.ctipcheck.audit.AuditLocation> auditLocation = auditStore.forCheck(noAudit);
        CompletableFuture<org.ctipcheck.audit.AuditStore> opening = null;
        SubmissionReader reader = new SubmissionReader(maxBytes);
        LocalDate evaluationDate = asOf != null ? asOf : LocalDate.now(clock);
        ComplianceEvaluator evaluator = null;
        ReportFactory reports = null;
        int exit = ExitCodes.OK;
        List<AuditRecorder.Evaluated> evaluated = new ArrayList<>();
        List<Path> evaluatedFiles = new ArrayList<>();
        Ruleset ruleset = null;
        AuditRecorder recorder = auditLocation.map(location -> new AuditRecorder(location, actor, role, clock)).orElse(null);
        for (Path file : files) {
            ReadSubmission submission;
            try {
                submission = reader.read(file);
                trace.mark("read " + file);
            } catch (InvalidSubmission e) {
                reportInvalid(stderr, e);
                exit = Math.max(exit, ExitCodes.INVALID_INPUT);
                continue;
            }
            if (evaluator == null) {
                try {
                    ruleset = loaded(loading);
                    trace.mark("ruleset loaded (" + ruleset.compiledFrom() + ")");
                    evaluator = new ComplianceEvaluator(ruleset);
                    reports = new ReportFactory(ruleset, clock);
                    // The audit store (H2 file, schema check) opens while the first submission is evaluated: both
                    // cores are busy while submissions are read and rules load, but evaluation uses only one.
                    opening = auditLocation
                            .map(location -> CompletableFuture.supplyAsync(
                                    () -> org.ctipcheck.audit.AuditStore.open(location), CheckCommand::startDaemon))
                            .orElse(null);
                } catch (RulesetException e) {
                    stderr.println("ctip: " + e.getMessage());
                    closeQuietly(opening);
                    return ExitCodes.RULESET_ERROR;
                }
            }
            EvaluationReport evaluatedReport = reports.create(submission, evaluator.evaluate(submission.facts(),
                    new EvaluationContext(evaluationDate, notifyWithinDays)));
            EvaluationReport report;
            try {
                if (recorder != null && supplyChain.requested() && !recorder.started()) {
                    // The batch starts before the screen so that its per-row hits stream into it.
                    recorder.start(opened(opening));
                }
                report = supplyChain.attach(evaluatedReport, evaluator.ruleset(), evaluationDate, stderr,
                        recorder != null && recorder.started() ? recorder : null);
            } catch (org.ctipcheck.audit.AuditException e) {
                recorder.close();
                return auditFailed(stderr, e);
            }
            trace.mark("evaluated " + file);
            evaluated.add(new AuditRecorder.Evaluated(submission, report));
            evaluatedFiles.add(file);
            if (supplyChain.failed()) {
                exit = Math.max(exit, ExitCodes.INVALID_INPUT);
            }
            if (report.result().hasFindingAtLeast(failOn)
                    || (report.supplyChain() != null && report.supplyChain().hasFindingAtLeast(failOn))) {
                exit = Math.max(exit, ExitCodes.FINDINGS);
            }
        }
        if (evaluator == null) {
            try {
                loaded(loading);
            } catch (RulesetException e) {
                stderr.println("ctip: " + e.getMessage());
                closeQuietly(opening);
                return ExitCodes.RULESET_ERROR;
            }
        }
        List<AuditRecorder.Issued> reportsToIssue = evaluated.stream()
                .map(e -> AuditRecorder.Issued.unrecorded(e.report())).toList();
        if (auditLocation.isPresent() && evaluated.isEmpty()) {
            closeQuietly(opening);
        }
        if (auditLocation.isPresent() && !evaluated.isEmpty()) {
            // Recorded and committed before any report is issued: a report always names a record that exists.
            try {
                reportsToIssue = recorder.record(recorder.started() ? null : opened(opening), evaluated, ruleset,
                        formatSet);
                trace.mark("recorded in the audit log");
            } catch (org.ctipcheck.audit.AuditException e) {
                return auditFailed(stderr, e);
            }
        }
        for (int i = 0; i < reportsToIssue.size(); i++) {
            AuditRecorder.Issued issued = reportsToIssue.get(i);
            Path file = evaluatedFiles.get(i);
            if (out != null) {
                try {
                    write(issued, file, formatSet, stdout);
                } catch (IOException e) {
                    stderr.println("ctip: cannot write the report for " + file + " to " + out + ": " + e.getMessage());
                    exit = Math.max(exit, ExitCodes.INVALID_INPUT);
                }
            } else if (formatSet.contains(ReportFormat.TEXT)) {
                stdout.print(new String(issued.bytes(ReportFormat.TEXT), StandardCharsets.UTF_8));
                stdout.println();
            } else if (!formatSet.contains(ReportFormat.JSON)) {
                stdout.print(new String(issued.bytes(formatSet.iterator().next()), StandardCharsets.UTF_8));
            }
        }
        if (out == null && formatSet.contains(ReportFormat.JSON) && !reportsToIssue.isEmpty()) {
            // one file: the report as recorded; several: one JSON array of them (each one's hash is recorded)
            stdout.print(files.size() == 1 ? new String(reportsToIssue.get(0).bytes(ReportFormat.JSON), StandardCharsets.UTF_8)
                    : new JsonReportWriter().writeAll(reportsToIssue.stream().map(AuditRecorder.Issued::report).toList()));
        }
        stdout.flush();
        trace.mark("reported");
        return exit;
    }

    private static int auditFailed(PrintWriter stderr, org.ctipcheck.audit.AuditException e) {
        stderr.println("ctip: audit log: " + e.getMessage());
        stderr.println("ctip: no report was issued; use --no-audit to check without recording");
        return ExitCodes.AUDIT_ERROR;
    }

    private static org.ctipcheck.audit.AuditStore opened(CompletableFuture<org.ctipcheck.audit.AuditStore> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void closeQuietly(CompletableFuture<org.ctipcheck.audit.AuditStore> opening) {
        if (opening == null) {
            return;
        }
        try {
            opening.join().close();
        } catch (RuntimeException notOpened) {
            // nothing to record and nothing to close
        }
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "ctip-ruleset-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private static Ruleset loaded(CompletableFuture<Ruleset> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private final Set<String> usedNames = new java.util.HashSet<>();

    /** Without --out, one format goes to the terminal; PDF never does, and HTML, CSV, OSCAL hold one report. */
    private void checkFormats(Set<ReportFormat> formatSet) {
        if (out != null) {
            return;
        }
        if (formatSet.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "several formats need --out DIR; without it, choose one --format");
        }
        ReportFormat format = formatSet.iterator().next();
        if (!format.printable()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format " + format.name().toLowerCase(Locale.ROOT) + " writes a file: add --out DIR");
        }
        if (files.size() > 1 && format != ReportFormat.TEXT && format != ReportFormat.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format "
                    + format.name().toLowerCase(Locale.ROOT) + " with several files needs --out DIR (one file each)");
        }
    }

    private void write(AuditRecorder.Issued issued, Path file, Set<ReportFormat> formatSet, PrintWriter stdout)
            throws IOException {
        for (Path target : ReportFiles.write(issued.report(), issued.rendered(), out, uniqueName(baseName(file)), formatSet)) {
            stdout.println(file + ": " + issued.report().result().determination() + " -> " + target);
        }
    }

    /** Two inputs with the same name (a/bid.yaml, b/bid.json) must not overwrite each other's reports. */
    private String uniqueName(String base) {
        String name = base;
        for (int n = 2; !usedNames.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** "samples/01-x/submission.yaml" becomes "submission"; the parent folder is used when the name is generic. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.equals("submission") && file.getParent() != null && file.getParent().getFileName() != null) {
            return file.getParent().getFileName().toString();
        }
        return stem;
    }

    private static void reportInvalid(PrintWriter stderr, InvalidSubmission e) {
        stderr.println("ctip: " + e.source() + ": invalid submission (" + e.problems().size()
                + (e.problems().size() == 1 ? " problem" : " problems") + ")");
        for (SubmissionProblem problem : e.problems()) {
            stderr.println("  " + problem.describe());
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(value.strip().matches("\\d{4}-\\d{2}-\\d{2}")
                        ? "'" + value + "' is not a calendar date"
                        : "'" + value + "' is not a date written yyyy-mm-dd");
            }
        }
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String text = value.strip().toUpperCase(Locale.ROOT);
            long unit = 1;
            if (text.endsWith("KB")) {
                unit = 1024;
            } else if (text.endsWith("MB")) {
                unit = 1024 * 1024;
            } else if (text.endsWith("GB")) {
                unit = 1024L * 1024 * 1024;
            }
            String digits = unit == 1 ? text.replaceAll("B$", "") : text.substring(0, text.length() - 2);
            try {
                long size = Long.parseLong(digits.strip()) * unit;
                if (size <= 0) {
                    throw new NumberFormatException();
                }
                return size;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 10MB, 512KB or 2048");
            }
        }
    }
}
