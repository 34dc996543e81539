package org.ctipcheck.check;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.supplychain.ReferenceLists;

/**
 * The compliance check, for every channel: read → evaluate → screen the supply chain → record → stamp → render →
 * hash → issue. Immutable and safe for concurrent checks; each {@link #check} is independent.
 *
 * <p>What it is given, it uses; it reads no environment or system property and starts no thread of its own:
 * <ul>
 * <li>{@code ruleset}: asked for when the first valid submission has been read (a channel may load it meanwhile);
 * a {@link org.ctipcheck.evaluation.RulesetException} from it ends the check. A rule that fails while a submission is
 * evaluated (it throws, or runs past {@link CheckOptions#ruleTimeLimit()}, else this check's
 * {@link #withRuleTimeLimit rule time limit}) fails that submission only
 * ({@link CheckedSubmission.RuleFailed}: no report, no record); the others are checked.</li>
 * <li>{@code auditLog}: opens the audit store for one check (closed at its end), or null for checks that are not
 * recorded. An {@link org.ctipcheck.audit.AuditException} ends the check with no report issued.</li>
 * <li>{@code executor}: runs the supply-chain screen's rule sessions and opens the audit store while the first
 * submission is evaluated; any executor works, a direct one ({@code Runnable::run}) makes the check sequential.</li>
 * <li>{@code referenceLists}: the supply-chain screen's lists for a ruleset (by default its own pack's).</li>
 * <li>{@link #withRuleRunner rule runner} (optional): runs each evaluation (a submission's, a chunk of attestation
 * rows') on a thread of its own, watched by the thread that waits for it, so that a rule whose consequence or
 * condition never returns is stopped at the time limit too; without one the limit is checked between firings only.
 * An abandoned evaluation keeps its thread until the process ends: give threads that may be lost (daemon threads,
 * a cached pool), not a small fixed pool.</li>
 * </ul>
 */
public final class ComplianceCheck {
    /** Where the supply-chain screen's reference lists come from. */
    @FunctionalInterface
    public interface ReferenceListSource {
        ReferenceLists lists(Ruleset ruleset);

        /** The lists in the ruleset's own pack. */
        static ReferenceListSource fromRuleset() {
            return ReferenceLists::of;
        }
    }

    private final Supplier<Ruleset> ruleset;
    private final Supplier<AuditStore> auditLog;
    private final Executor executor;
    private final Clock clock;
    private final ReferenceListSource referenceLists;
    private final Executor ruleRunner;
    private final CheckListener listener;
    private final GroupCommit group;
    /** The rule time limit of checks whose options set none. */
    private final java.time.Duration ruleTimeLimit;

    public ComplianceCheck(Supplier<Ruleset> ruleset, Supplier<AuditStore> auditLog, Executor executor, Clock clock,
            ReferenceListSource referenceLists) {
        this(ruleset, auditLog, executor, clock, referenceLists, null, CheckListener.NONE,
                org.ctipcheck.evaluation.ComplianceEvaluator.DEFAULT_RULE_TIME_LIMIT, null);
    }

    private ComplianceCheck(Supplier<Ruleset> ruleset, Supplier<AuditStore> auditLog, Executor executor, Clock clock,
            ReferenceListSource referenceLists, Executor ruleRunner, CheckListener listener,
            java.time.Duration ruleTimeLimit, GroupCommit group) {
        this.group = group;
        this.ruleRunner = ruleRunner;
        this.ruleTimeLimit = ruleTimeLimit;
        this.ruleset = Objects.requireNonNull(ruleset, "ruleset");
        this.auditLog = auditLog;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.referenceLists = referenceLists != null ? referenceLists : ReferenceListSource.fromRuleset();
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A check with a loaded ruleset, recorded in {@code auditLog} (null: not recorded). */
    public ComplianceCheck(Ruleset ruleset, Supplier<AuditStore> auditLog, Executor executor, Clock clock) {
        this(() -> ruleset, auditLog, executor, clock, null);
    }

    /** This check with evaluations run on {@code runner}'s threads and abandoned at the time limit (see above). */
    public ComplianceCheck withRuleRunner(Executor runner) {
        return new ComplianceCheck(ruleset, auditLog, executor, clock, referenceLists,
                Objects.requireNonNull(runner, "runner"), listener, ruleTimeLimit, group);
    }

    /** This check with {@code limit} as the rule time limit of checks whose options set none. */
    public ComplianceCheck withRuleTimeLimit(java.time.Duration limit) {
        if (limit == null || limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("the rule time limit must be longer than 0");
        }
        return new ComplianceCheck(ruleset, auditLog, executor, clock, referenceLists, ruleRunner, listener, limit,
                group);
    }

    /**
     * The same check, recording the evaluations of checks that run at the same time in one audit batch (one
     * transaction and signed checkpoint for all of them) instead of a batch each: for a service under concurrent
     * load. Each check still returns its reports only once its records are committed. A check with a supply-chain
     * screen keeps a batch of its own (its hits stream into it during the screen). Without an audit log: no change.
     */
    public ComplianceCheck withGroupCommit() {
        return auditLog == null ? this : new ComplianceCheck(ruleset, auditLog, executor, clock, referenceLists,
                ruleRunner, listener, ruleTimeLimit, new GroupCommit(auditLog));
    }

    /**
     * Builds the submission reader's deserializers and validation metadata ahead of the first check (a channel with
     * a spare thread at start-up calls it there); only a head start, nothing depends on it.
     */
    public static void prepareReading(boolean json) {
        org.ctipcheck.intake.SubmissionReader.prepare(json);
    }

    /** The same check, telling {@code listener} what each check did (e.g. for metrics). */
    public ComplianceCheck withListener(CheckListener listener) {
        return new ComplianceCheck(ruleset, auditLog, executor, clock, referenceLists, ruleRunner, listener,
                ruleTimeLimit, group);
    }

    /** Checks waiting for a group commit batch to take them (for tests); 0 without group commit. */
    int groupQueued() {
        return group == null ? 0 : group.queued();
    }

    /** Whether checks are recorded in an audit log. */
    public boolean records() {
        return auditLog != null;
    }

    /**
     * Checks the request's submissions (each one evaluated and reported on its own: a refused one does not hide the
     * others) and, when auditing, records them all in one batch before returning any report.
     */
    public CheckOutcome check(CheckRequest request) {
        long start = System.nanoTime();
        if (request.options().ruleTimeLimit() == null) {
            request = new CheckRequest(request.submissions(), request.attestation(),
                    request.options().withRuleTimeLimit(ruleTimeLimit), request.rowSink(), request.progress());
        }
        CheckOutcome outcome;
        try (CheckRun run = new CheckRun(request, ruleset, auditLog, executor, clock, referenceLists, ruleRunner,
                listener, group)) {
            outcome = run.run();
        } catch (RuntimeException failure) {
            listener.failed(failure, java.time.Duration.ofNanos(System.nanoTime() - start));
            throw failure;
        }
        listener.checked(outcome, java.time.Duration.ofNanos(System.nanoTime() - start));
        return outcome;
    }
}
