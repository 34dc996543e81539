package org.ctipcheck.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.submission.EvaluationContext;
import org.ctipcheck.submission.Submission;

/**
 * Evaluates submissions against one ruleset. Thread-safe: the compiled rules are shared, and every
 * evaluation runs in its own session with its own {@link Outcomes}.
 */
public final class ComplianceEvaluator {
    /**
     * How long one evaluation's rules may keep firing before the rule firing is stopped: a submission's rules fire in
     * milliseconds, so only a rule that fires again and again (one that updates a fact it matches) reaches it.
     */
    public static final Duration DEFAULT_RULE_TIME_LIMIT = Duration.ofSeconds(10);

    private final Ruleset ruleset;
    /** Runs each evaluation on its thread so that one that never returns can be abandoned; null: on the caller's. */
    private final java.util.concurrent.Executor ruleRunner;
    private final ResultAssembler assembler;
    /** What every evaluation inserts after the submission's own facts: the pack's reference facts, lists in force, requirements. */
    private final List<Object> packFacts;

    public ComplianceEvaluator(Ruleset ruleset) {
        this(ruleset, null);
    }

    /**
     * An evaluator whose evaluations run on a thread of {@code ruleRunner} (the caller's; this class starts none),
     * watched from the calling thread: a rule whose consequence or condition never returns is then stopped at the
     * time limit too (its thread abandoned), not only a rule that keeps firing. Null runs on the calling thread.
     */
    public ComplianceEvaluator(Ruleset ruleset, java.util.concurrent.Executor ruleRunner) {
        this.ruleset = ruleset;
        this.ruleRunner = ruleRunner;
        this.assembler = new ResultAssembler(ruleset);
        List<Object> pack = new ArrayList<>(ruleset.referenceFacts());
        ruleset.referenceLists().forEach(list -> pack.add(new ListInForce(list)));
        pack.addAll(ruleset.requirements());
        this.packFacts = List.copyOf(pack);
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    /** Evaluates as of {@code evaluationDate}: every deadline is measured against it, so results are reproducible. */
    public EvaluationResult evaluate(Submission submission, LocalDate evaluationDate) {
        return evaluate(submission, new EvaluationContext(evaluationDate));
    }

    /** Evaluates with explicit settings, e.g. how many days "immediately" allows for notices. */
    public EvaluationResult evaluate(Submission submission, EvaluationContext context) {
        return evaluate(submission, context, DEFAULT_RULE_TIME_LIMIT);
    }

    /**
     * Evaluates, stopping the rules when they run longer than {@code ruleTimeLimit}.
     *
     * @throws RuleFailedException when a rule throws or is stopped at the limit: the evaluation has no result
     */
    public EvaluationResult evaluate(Submission submission, EvaluationContext context, Duration ruleTimeLimit) {
        LocalDate evaluationDate = context.today();
        Outcomes outcomes = new Outcomes(ruleset.rulesByName());
        // a judgement as of the evaluation date: what is dated after it has not happened yet (issue 13, point in time)
        List<Object> facts = new ArrayList<>(submission.asOf(evaluationDate).facts());
        facts.addAll(submission.notYetHappened(evaluationDate));
        facts.add(context);
        facts.addAll(packFacts);
        ruleset.compiled().run(facts, Map.of("outcomes", outcomes, "parameters", ruleset.parameters()),
                (ruleName, matched) -> outcomes.firing(ruleName, MatchedFacts.describe(matched)), ruleTimeLimit,
                ruleRunner);
        return assembler.assemble(outcomes, evaluationDate);
    }
}
