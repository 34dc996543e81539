package org.ctipcheck.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.evaluation.internal.drools.FiringListener;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.submission.SupplyChainContext;

/**
 * Runs the supply-chain rules (requirements of scope {@value #SCOPE}) over attestation rows. Rows are
 * evaluated a chunk at a time in one pooled session: a session per row would pay the engine's per-execute
 * overhead a million times. The rules are row-local, so a chunk's result is the union of its rows' results.
 * Thread-safe: each call has its own session and {@link RowOutcomes}.
 */
public final class SupplyChainEvaluator {
    public static final String SCOPE = "supply-chain";

    private final Ruleset ruleset;
    /** The supply-chain rules by name; a firing of any other rule on attestation rows is an error. */
    private final Map<String, RuleInfo> supplyChainRules;
    private final Duration ruleTimeLimit;
    /** Runs each chunk on its thread so that a rule that never returns can be abandoned; null: the caller's. */
    private final java.util.concurrent.Executor ruleRunner;

    public SupplyChainEvaluator(Ruleset ruleset) {
        this(ruleset, ComplianceEvaluator.DEFAULT_RULE_TIME_LIMIT);
    }

    /** Stops a chunk's rules when they run longer than {@code ruleTimeLimit} ({@link RuleFailedException}). */
    public SupplyChainEvaluator(Ruleset ruleset, Duration ruleTimeLimit) {
        this(ruleset, ruleTimeLimit, null);
    }

    /** Runs each chunk on a thread of {@code ruleRunner}, as {@link ComplianceEvaluator}'s evaluations can. */
    public SupplyChainEvaluator(Ruleset ruleset, Duration ruleTimeLimit, java.util.concurrent.Executor ruleRunner) {
        this.ruleset = ruleset;
        this.ruleRunner = ruleRunner;
        this.ruleTimeLimit = java.util.Objects.requireNonNull(ruleTimeLimit, "ruleTimeLimit");
        Set<String> supplyChainRequirements = ruleset.requirements().stream()
                .filter(requirement -> requirement.scope().equals(SCOPE))
                .map(Requirement::id)
                .collect(Collectors.toUnmodifiableSet());
        Map<String, RuleInfo> rules = new HashMap<>();
        ruleset.rulesByName().forEach((name, rule) -> {
            if (rule != null && supplyChainRequirements.contains(rule.requirementId())) {
                rules.put(name, rule);
            }
        });
        this.supplyChainRules = Map.copyOf(rules);
    }

    public List<Requirement> requirements() {
        return ruleset.requirements().stream().filter(requirement -> requirement.scope().equals(SCOPE)).toList();
    }

    /** Evaluates a chunk of rows (AttestationRow facts); the findings come back in firing order. */
    public List<RowFinding> evaluate(Collection<?> rows, SupplyChainContext context) {
        List<Object> facts = new ArrayList<>(rows.size() + 1);
        facts.addAll(rows);
        facts.add(context);
        return run(facts, context);
    }

    /** Evaluates an attestation that could not be screened (CTIP-SC-01.not-screened says what was not checked). */
    public List<RowFinding> evaluateFailure(org.ctipcheck.submission.ScreenFailure failure, SupplyChainContext context) {
        return run(new ArrayList<>(List.of(failure, context)), context);
    }

    /** Evaluates the reference lists themselves (CTIP-SC-08: stale or partial lists). */
    public List<RowFinding> evaluateLists(List<ReferenceListEdition> lists, SupplyChainContext context) {
        return evaluateLists(lists, List.of(), context);
    }

    /**
     * Evaluates the reference lists with the rows each did not match (CTIP-SC-08: rows not matched on a stale or
     * partial list are counted, not cleared).
     */
    public List<RowFinding> evaluateLists(List<ReferenceListEdition> lists,
            List<org.ctipcheck.submission.ListNonMatches> nonMatches, SupplyChainContext context) {
        List<Object> facts = new ArrayList<>(lists);
        facts.addAll(nonMatches);
        facts.add(context);
        return run(facts, context);
    }

    private List<RowFinding> run(List<Object> facts, SupplyChainContext context) {
        RowOutcomes screen = new RowOutcomes(ruleset.rulesByName());
        Outcomes unused = new Outcomes(ruleset.rulesByName());
        Map<String, Object> globals = Map.of("screen", screen, "outcomes", unused, "today", context.today(),
                "parameters", ruleset.parameters(), "contract", context.contract());
        ruleset.compiled().run(facts, globals, new FiringListener() {
            @Override
            public void beforeFiring(String ruleName, List<Object> matchedFacts) {
                RuleInfo rule = supplyChainRules.get(ruleName);
                if (rule == null) {
                    throw new IllegalStateException("rule " + ruleName + " (not a supply-chain rule) fired on attestation rows");
                }
                screen.firing(rule);
            }

            @Override
            public boolean wantsMatchedFacts() {
                return false; // findings name the row themselves: no list of matched facts per firing
            }
        }, ruleTimeLimit, ruleRunner);
        return screen.findings();
    }
}
