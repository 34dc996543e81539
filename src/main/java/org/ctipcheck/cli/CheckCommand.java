package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditInputException;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.CheckRequest;
import org.ctipcheck.check.CheckedSubmission;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.intake.SubmissionProblem;
import org.ctipcheck.intake.SubmissionReader;
import org.ctipcheck.output.Inputs;
import org.ctipcheck.report.JsonReportWriter;
import org.ctipcheck.report.ReportFiles;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.report.TerminalText;
import org.ctipcheck.submission.EvaluationContext;
import org.ctipcheck.supplychain.RowSink;
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

    @Option(names = "--rule-time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop a rule that keeps firing after this long, e.g. 10s, 500ms, 2m (default: 10s); the check"
                    + " then exits 3 naming the rule.")
    Duration ruleTimeLimit; // null: the check's default

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Who is checking, for the audit log (default: the operating-system user).")
    String actor = System.getProperty("user.name", "unknown");

    @Option(names = "--role", paramLabel = "ROLE",
            description = "The actor's role for the audit log, e.g. contracting-officer, auditor (default: unspecified).")
    String role = "unspecified";

    @Option(names = "--no-audit", description = "Do not record this check in the audit log.")
    boolean noAudit;

    @Option(names = "--idempotency-key", paramLabel = "KEY",
            description = "Record this check once: a check recorded before with the same key is reported again instead"
                    + " (for retried workflow steps).")
    String idempotencyKey;

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
        checkOutputsAreNotInputs();
        options(formatSet); // bad --actor, --role or key: refused before anything is read, evaluated or written
        Trace trace = new Trace(stderr);
        // The rules load on a second thread while the first submission is read (started by main when it could be)
        CompletableFuture<Ruleset> loading = RulesetPreload.forFolder(rulesOption.folder());
        Supplier<AuditStore> auditLog = auditStore.forCheck(noAudit)
                .<Supplier<AuditStore>>map(location -> () -> AuditStore.open(location)).orElse(null);
        ExecutorService workers = CheckWorkers.start();
        ExecutorService ruleRunner = CheckWorkers.ruleRunner();
        CheckOutcome outcome;
        try (RowSink findings = supplyChain.openFindingsFile()) {
            ComplianceCheck check = new ComplianceCheck(() -> loaded(loading), auditLog, workers, clock,
                    supplyChain.referenceLists()).withRuleRunner(ruleRunner);
            outcome = check.check(request(formatSet, findings, stderr));
            if (outcome.supplyChainFailure() != null) {
                supplyChain.discardFindings();
            }
            trace.mark("checked (recorded: " + check.records() + ")");
        } catch (RulesetException e) {
            rulesetFailed(stderr, e);
            return ExitCodes.RULESET_ERROR;
        } catch (AuditInputException e) {
            say(stderr, e.getMessage() + (e.getMessage().contains("name the key file") ? " (--signing-key FILE)" : ""));
            stderr.println("ctip: no report was issued and nothing was recorded");
            return ExitCodes.INVALID_INPUT;
        } catch (AuditException e) {
            return auditFailed(stderr, e);
        } catch (SupplyChainOption.FindingsFileFailure e) {
            say(stderr, e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            say(stderr, "cannot write the per-row findings: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } finally {
            workers.shutdownNow();
            ruleRunner.shutdownNow(); // interrupts an abandoned evaluation's thread (a daemon: it cannot keep us)
        }
        int exit = present(outcome, formatSet, stdout, stderr);
        trace.mark("reported");
        return exit;
    }

    private CheckRequest request(Set<ReportFormat> formatSet, RowSink findings, PrintWriter stderr) {
        CheckOptions options = options(formatSet);
        List<SubmissionInput> inputs = files.stream().map(SubmissionInput::file).toList();
        return new CheckRequest(inputs, supplyChain.source(), options, findings, supplyChain.progress(stderr));
    }

    private CheckOptions options(Set<ReportFormat> formatSet) {
        try {
            return new CheckOptions(asOf, notifyWithinDays, failOn, formatSet, actor, role, null, idempotencyKey, maxBytes,
                    ruleTimeLimit, false);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage()
                    + " (--actor, --role, --idempotency-key, --rule-time-limit)");
        }
    }

    /** Errors, then the reports (files or the terminal); the exit code. */
    private int present(CheckOutcome outcome, Set<ReportFormat> formatSet, PrintWriter stdout, PrintWriter stderr) {
        int exit = ExitCodes.OK;
        for (CheckedSubmission.Refused refused : outcome.refused()) {
            reportInvalid(stderr, refused);
        }
        exit = supplyChain.report(outcome, stderr) ? exit : ExitCodes.INVALID_INPUT;
        if (!outcome.refused().isEmpty()) {
            exit = ExitCodes.INVALID_INPUT;
        }
        if (outcome.hasFindingAtLeast(failOn)) {
            exit = Math.max(exit, ExitCodes.FINDINGS);
        }
        for (CheckedSubmission.RuleFailed failed : outcome.ruleFailures()) {
            say(stderr, failed.source() + ": not evaluated: " + failed.message());
            say(stderr, failed.source() + ": no report was issued and nothing was recorded; fix the rule in "
                    + rulesOption.folder() + " and check again");
            exit = ExitCodes.RULESET_ERROR;
        }
        List<IssuedReport> issued = outcome.issued();
        for (IssuedReport report : issued) {
            if (report.firstRecorded()) {
                say(stderr, report.source() + ": already checked under this idempotency key: evaluation "
                        + report.report().audit().evaluationId() + " (#" + report.report().audit().sequence()
                        + "); its report is issued again and nothing new was recorded");
            }
        }
        for (IssuedReport report : issued) {
            if (out != null) {
                try {
                    write(report, formatSet, stdout);
                    warnOfUnrenderableText(report.source(), report.report(), formatSet, stderr);
                } catch (IOException e) {
                    say(stderr, "cannot write the report for " + report.source() + " to " + out + ": "
                            + e.getMessage());
                    exit = Math.max(exit, ExitCodes.INVALID_INPUT);
                }
            } else if (formatSet.contains(ReportFormat.TEXT)) {
                stdout.print(new String(report.bytes(ReportFormat.TEXT), StandardCharsets.UTF_8));
                stdout.println();
            } else if (!formatSet.contains(ReportFormat.JSON)) {
                stdout.print(new String(report.bytes(formatSet.iterator().next()), StandardCharsets.UTF_8));
            }
        }
        if (out == null && formatSet.contains(ReportFormat.JSON) && !issued.isEmpty()) {
            // one file: the report as recorded; several: one JSON array of them (each one's hash is recorded)
            stdout.print(files.size() == 1 ? new String(issued.get(0).bytes(ReportFormat.JSON), StandardCharsets.UTF_8)
                    : new JsonReportWriter().writeAll(issued.stream().map(IssuedReport::report).toList()));
        }
        stdout.flush();
        if (stdout.checkError()) {
            stderr.println("ctip: cannot write the report to standard output (is the disk full or the output closed?)");
            exit = Math.max(exit, ExitCodes.INVALID_INPUT);
        }
        return exit;
    }

    /**
     * One line on stderr. Every message may echo what the user gave (a file name, an option's value, a problem quoting
     * the submission), so it is made terminal-safe: no escape sequence, CR or bidi override reaches the terminal raw.
     */
    static void say(PrintWriter stderr, String message) {
        stderr.println("ctip: " + TerminalText.safe(message));
    }

    /** The summary, then one line per problem (file:line: message), each neutralised on its own. */
    private static void rulesetFailed(PrintWriter stderr, RulesetException e) {
        if (e.problems().isEmpty()) {
            say(stderr, e.getMessage());
            return;
        }
        String message = e.getMessage();
        say(stderr, message.substring(0, message.indexOf('\n')));
        e.problems().forEach(problem -> stderr.println("  " + TerminalText.safe(problem.toString())));
    }

    private static int auditFailed(PrintWriter stderr, AuditException e) {
        say(stderr, "audit log: " + e.getMessage());
        stderr.println("ctip: no report was issued; use --no-audit to check without recording");
        return ExitCodes.AUDIT_ERROR;
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

    /** A PDF shows characters no embedded font has (an emoji, say) as markers: the user is told which. */
    static void warnOfUnrenderableText(String source, org.ctipcheck.report.EvaluationReport report,
            Set<ReportFormat> formatSet, PrintWriter stderr) {
        if (formatSet.contains(ReportFormat.PDF)) {
            org.ctipcheck.report.pdf.UnrenderableText.warning(report)
                    .ifPresent(warning -> stderr.println("ctip: warning: " + source + ": " + warning));
        }
    }

    private void write(IssuedReport issued, Set<ReportFormat> formatSet, PrintWriter stdout) throws IOException {
        Path file = Path.of(issued.source());
        for (Path target : ReportFiles.write(issued.report(), issued.rendered(), out, uniqueName(baseName(file)), formatSet,
                inputs())) {
            stdout.println(TerminalText.safe(file + ": " + issued.report().result().determination() + " -> " + target));
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

    /** Refused before anything is opened: the per-row findings file must not be the attestation or a submission. */
    private void checkOutputsAreNotInputs() {
        if (supplyChain.findingsFile == null) {
            return;
        }
        inputs().overwrittenBy(supplyChain.findingsFile).ifPresent(input -> {
            throw new CommandLine.ParameterException(spec.commandLine(), "--supply-chain-findings "
                    + supplyChain.findingsFile + " is the input " + input + " and would be overwritten; name another file");
        });
    }

    /** Every file this check reads: no report or findings file may be one of them. */
    private Inputs inputs() {
        List<Path> read = new java.util.ArrayList<>(files);
        if (supplyChain.file != null) {
            read.add(supplyChain.file);
        }
        return new Inputs(read);
    }

    /**
     * "samples/01-x/submission.yaml" becomes "01-x" (the parent folder when the name is generic, also for
     * "./submission.json"); "bid.yaml" becomes "bid". Only letters, digits, '.', '_' and '-' are kept, and never a
     * leading dot, so a name cannot hide a file or climb out of the output folder.
     */
    static String baseName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.equals("submission")) {
            Path parent = file.toAbsolutePath().normalize().getParent();
            if (parent != null && parent.getFileName() != null) {
                stem = parent.getFileName().toString();
            }
        }
        String safe = stem.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "submission" : safe;
    }

    private static void reportInvalid(PrintWriter stderr, CheckedSubmission.Refused refused) {
        say(stderr, refused.source() + ": invalid submission (" + refused.problems().size()
                + (refused.problems().size() == 1 ? " problem" : " problems") + ")");
        for (SubmissionProblem problem : refused.problems()) {
            String text = problem.describe();
            stderr.println("  " + TerminalText.safe(text) + (text.contains("over the limit of") ? " (raise it with --max-size)" : ""));
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

    /** "10s", "500ms", "2m", or plain seconds ("10"). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

        @Override
        public Duration convert(String value) {
            java.util.regex.Matcher matcher = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a time limit such as 10s, 500ms or 2m (longer than 0)");
            }
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
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
