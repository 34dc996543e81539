package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RowFinding;
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
    private final Set<String> supplyChainRequirements;

    public SupplyChainEvaluator(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.supplyChainRequirements = ruleset.requirements().stream()
                .filter(requirement -> requirement.scope().equals(SCOPE))
                .map(Requirement::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<Requirement> requirements() {
        return ruleset.requirements().stream().filter(requirement -> requirement.scope().equals(SCOPE)).toList();
    }

    /** Evaluates a chunk of rows (AttestationRow facts); the findings come back in firing order. */
    public List<RowFinding> evaluate(Collection<?> rows, SupplyChainContext context) {
        List<Object> facts = new ArrayList<>(rows.size() + 1);
        facts.addAll(rows);
        facts.add(context);
        return run(facts);
    }

    /** Evaluates the reference lists themselves (CTIP-SC-08: stale or partial lists). */
    public List<RowFinding> evaluateLists(List<ReferenceListEdition> lists, SupplyChainContext context) {
        List<Object> facts = new ArrayList<>(lists);
        facts.add(context);
        return run(facts);
    }

    private List<RowFinding> run(List<Object> facts) {
        RowOutcomes screen = new RowOutcomes(ruleset.rulesByName());
        Outcomes unused = new Outcomes(ruleset.rulesByName());
        ruleset.compiled().run(facts, Map.of("screen", screen, "outcomes", unused), (ruleName, matched) -> {
            String requirement = ruleset.rulesByName().get(ruleName).requirementId();
            if (!supplyChainRequirements.contains(requirement)) {
                throw new IllegalStateException("rule " + ruleName + " (not a supply-chain rule) fired on attestation rows");
            }
            screen.firing(ruleName);
        });
        return screen.findings();
    }
}
