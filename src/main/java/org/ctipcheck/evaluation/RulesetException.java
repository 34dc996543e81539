package org.ctipcheck.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The ruleset cannot be used: nothing is evaluated with a half-loaded ruleset. {@link RuleFailedException} is the
 * one raised while evaluating, when a rule fails at run time.
 */
public class RulesetException extends RuntimeException {
    private final List<RulesetProblem> problems;

    public RulesetException(String summary, List<RulesetProblem> problems) {
        super(summary + ":\n  " + problems.stream().map(RulesetProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public RulesetException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<RulesetProblem> problems() {
        return problems;
    }
}
