package org.ctipcheck.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.RuleFailedException;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.intake.InvalidSubmission;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionProblem;
import org.ctipcheck.intake.SubmissionReader;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.ReportFactory;
import org.ctipcheck.submission.EvaluationContext;

/** One check in progress: its submissions, the ruleset once needed, the audit batch, the screen. */
final class CheckRun implements AutoCloseable {
    private final CheckRequest request;
    private final CheckOptions options;
    private final Supplier<Ruleset> rulesetSource;
    private final Supplier<AuditStore> auditLog;
    private final Executor executor;
    private final Clock clock;
    private final ComplianceCheck.ReferenceListSource referenceLists;
    private final LocalDate evaluationDate;
    private final AuditRecording recording;
    private final CheckListener listener;
    private Ruleset ruleset;
    private ComplianceEvaluator evaluator;
    private ReportFactory reports;
    /** The store being opened; run here if the executor has not started it when it is needed. */
    private FutureTask<AuditStore> opening;
    private SupplyChainStep supplyChain;
    /** Runs evaluations on threads that can be abandoned (ComplianceCheck#withRuleRunner); null: this thread. */
    private final Executor ruleRunner;
    /** Records this check's evaluations together with concurrent checks' (null: in a batch of its own). */
    private final GroupCommit group;

    CheckRun(CheckRequest request, Supplier<Ruleset> ruleset, Supplier<AuditStore> auditLog, Executor executor,
            Clock clock, ComplianceCheck.ReferenceListSource referenceLists, Executor ruleRunner,
            CheckListener listener, GroupCommit group) {
        this.request = request;
        // a supply-chain screen streams its hits into a batch that starts before it: that check has a batch of its own
        this.group = request.attestation() == null ? group : null;
        this.ruleRunner = ruleRunner;
        this.options = request.options();
        this.rulesetSource = ruleset;
        this.auditLog = auditLog;
        this.executor = executor;
        this.clock = clock;
        this.referenceLists = referenceLists;
        this.listener = listener;
        this.evaluationDate = options.evaluationDate() != null ? options.evaluationDate() : LocalDate.now(clock);
        this.recording = auditLog == null ? null : new AuditRecording(options.actor(), options.role(), clock,
                options.keepReport());
    }

    CheckOutcome run() {
        List<IssuedReport> retried = recordedBefore();
        if (retried != null) {
            return new CheckOutcome(List.copyOf(retried), null, null);
        }
        SubmissionReader reader = new SubmissionReader(options.maxSubmissionBytes());
        List<Object> slots = new ArrayList<>();
        List<AuditRecording.Evaluated> evaluated = new ArrayList<>();
        for (int i = 0; i < request.submissions().size(); i++) {
            SubmissionInput input = request.submissions().get(i);
            ReadSubmission submission;
            try {
                submission = outOfScopeRefused(input.read(reader));
            } catch (InvalidSubmission e) {
                slots.add(new CheckedSubmission.Refused(e.source(), e.problems()));
                continue;
            }
            prepare();
            EvaluationReport report;
            try {
                EvaluationContext context = new EvaluationContext(evaluationDate, options.notifyWithinDays());
                report = screened(reports.create(submission,
                        evaluator.evaluate(submission.facts(), context, options.ruleTimeLimit())), submission.facts().award());
            } catch (RuleFailedException e) {
                slots.add(new CheckedSubmission.RuleFailed(submission.source(), e.ruleId(), e.getMessage()));
                continue; // no report and no record: its findings are incomplete; the other submissions go on
            }
            AuditRecording.Evaluated done = new AuditRecording.Evaluated(submission, report, idempotencyKey(i));
            evaluated.add(done);
            slots.add(done);
        }
        if (ruleset == null) {
            rulesetSource.get(); // a broken ruleset is reported even when no submission could be read
        }
        List<IssuedReport> issued = issue(evaluated);
        List<CheckedSubmission> results = new ArrayList<>(slots.size());
        int next = 0;
        for (Object slot : slots) {
            results.add(slot instanceof AuditRecording.Evaluated ? issued.get(next++) : (CheckedSubmission) slot);
        }
        return new CheckOutcome(results, supplyChain == null ? null : supplyChain.summary(),
                supplyChain == null ? null : supplyChain.failure());
    }

    /**
     * The key of the request's {@code index}-th submission: the check's own key for one submission, the key and
     * "/1", "/2", … for several (each is recorded on its own).
     */
    private String idempotencyKey(int index) {
        String key = options.idempotencyKey();
        if (key == null || recording == null) {
            return null;
        }
        return request.submissions().size() == 1 ? key : key + "/" + (index + 1);
    }

    /**
     * A retried check (every submission's key recorded already) is answered from the log at once, without
     * evaluating or screening again; null when anything is left to do. The batch looks each key up again under
     * the chain lock, which decides a race.
     */
    private List<IssuedReport> recordedBefore() {
        if (idempotencyKey(0) == null) {
            return null;
        }
        if (group != null) {
            // closed at once: the group's batch opens the store itself (an embedded H2 store is held by one at a time)
            try (AuditStore store = auditLog.get()) {
                return recordedBefore(store);
            }
        }
        return recordedBefore(opened());
    }

    private List<IssuedReport> recordedBefore(AuditStore store) {
        List<IssuedReport> found = new ArrayList<>();
        for (int i = 0; i < request.submissions().size(); i++) {
            java.util.Optional<org.ctipcheck.audit.AuditRecord> first = store.queries()
                    .findByIdempotencyKey(idempotencyKey(i));
            if (first.isEmpty()) {
                return null;
            }
            found.add(FirstRecorded.report(first.get()));
        }
        return found;
    }

    /** Recorded and committed before any report is issued: a report always names a record that exists. */
    private List<IssuedReport> issue(List<AuditRecording.Evaluated> evaluated) {
        if (recording == null || evaluated.isEmpty()) {
            return evaluated.stream().map(e -> new IssuedReport(e.report().submission().source(), e.report(),
                    java.util.Map.of(), false)).toList();
        }
        long start = System.nanoTime();
        List<IssuedReport> recorded;
        if (group != null) {
            recorded = group.record(recording, evaluated, ruleset, options.formats());
        } else {
            recording.start(opened());
            recorded = recording.record(evaluated, ruleset, options.formats());
        }
        listener.recorded(evaluated.size(), java.time.Duration.ofNanos(System.nanoTime() - start));
        return recorded;
    }

    /** Loads what evaluation needs, once; starts opening the audit store meanwhile. */
    private void prepare() {
        if (evaluator != null) {
            return;
        }
        ruleset = rulesetSource.get();
        evaluator = new ComplianceEvaluator(ruleset, ruleRunner);
        reports = new ReportFactory(ruleset, clock);
        if (auditLog != null && opening == null && group == null) {
            // The store (an H2 file, a schema check) opens while the first submission is evaluated.
            opening = new FutureTask<>(CheckRun.openedToSign(auditLog)::get);
            try {
                executor.execute(opening);
            } catch (RejectedExecutionException busy) {
                // opened when first needed
            }
        }
        if (request.attestation() != null) {
            supplyChain = new SupplyChainStep(request, ruleset, referenceLists, evaluationDate, executor,
                    ruleRunner);
        }
    }

    private EvaluationReport screened(EvaluationReport report, org.ctipcheck.submission.Award award) {
        if (supplyChain == null) {
            return report;
        }
        if (recording != null && !supplyChain.done()) {
            recording.start(opened()); // the batch starts before the screen so that per-row hits stream into it
        }
        return supplyChain.attach(report, award, recording);
    }

    /** Opens the store and reads its signing key, on the executor while the first submission is evaluated. */
    private static Supplier<AuditStore> openedToSign(Supplier<AuditStore> auditLog) {
        return () -> {
            AuditStore store = auditLog.get();
            try {
                store.prepareToSign();
                return store;
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        };
    }

    /** Refuses a submission outside the organization scope the channel set. */
    /** A submission of another organization than the scope (its UEI or legal name) is refused, not evaluated. */
    private ReadSubmission outOfScopeRefused(ReadSubmission submission) throws InvalidSubmission {
        String scope = options.organizationScope();
        if (scope == null) {
            return submission;
        }
        org.ctipcheck.submission.Organization organization = submission.facts().organization();
        boolean byUei = scope.strip().matches("[A-Za-z0-9]{12}");
        String value = byUei ? organization.uei() : organization.legalName();
        if (value != null && normalized(value).equals(normalized(scope))) {
            return submission;
        }
        throw new InvalidSubmission(submission.source(), List.of(SubmissionProblem.at(
                byUei ? "/organization/uei" : "/organization/legalName",
                "the submission is for \"" + (value == null ? organization.legalName() : value)
                        + "\"; this check may only evaluate submissions of \"" + scope + "\"")));
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private AuditStore opened() {
        if (opening == null) {
            opening = new FutureTask<>(auditLog::get);
        }
        opening.run(); // no-op when the executor ran it or is running it
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.ctipcheck.audit.AuditException("interrupted while opening the audit log");
        }
    }

    /** Closes the batch (discarded unless committed) and the store, also one opened but never used. */
    @Override
    public void close() {
        if (recording != null && recording.started()) {
            recording.close();
            return;
        }
        if (opening != null) {
            try {
                opened().close();
            } catch (RuntimeException notOpened) {
                // nothing to record and nothing to close
            }
        }
    }
}
