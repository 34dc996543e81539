package org.ctipcheck.evaluation;

import java.time.Duration;

/**
 * A rule failed while a submission or attestation was evaluated: its consequence or a condition in its {@code when}
 * part stopped with an error, or it kept firing past the time limit and was stopped. Nothing of that evaluation is
 * usable (its findings are incomplete), so no report of it may be issued. A ruleset error: the rule, not the input,
 * is at fault.
 */
public final class RuleFailedException extends RulesetException {
    private final String ruleId;
    private final boolean timedOut;

    private RuleFailedException(String ruleId, String message, boolean timedOut) {
        super(message);
        this.ruleId = ruleId;
        this.timedOut = timedOut;
    }

    /** The rule stopped with an error; {@code ruleId} is null when the engine did not say which rule. */
    public static RuleFailedException threw(String ruleId, boolean inCondition, String reason) {
        String where = inCondition ? "a condition of its when part" : "its consequence";
        String text = reason == null || reason.isBlank() ? "an error without a message" : reason.strip();
        return new RuleFailedException(ruleId, named(ruleId) + " failed: " + where + " stopped with an error: " + text,
                false);
    }

    /** The rule was still firing when the time limit ran out and was stopped. */
    public static RuleFailedException timedOut(String ruleId, Duration limit) {
        return new RuleFailedException(ruleId, named(ruleId) + " was stopped: the evaluation ran longer than the limit of "
                + describe(limit) + " (a rule that fires again and again)", true);
    }

    /**
     * The evaluation did not return within the limit (and a short grace) and was abandoned: {@code ruleId} is the rule
     * whose consequence was running, null when none was (a condition, or a function it calls, was being evaluated).
     */
    public static RuleFailedException didNotReturn(String ruleId, Duration limit) {
        String what = ruleId == null
                ? "a rule was stopped: a condition of a when part (or a function it calls) did not return within"
                : "rule " + ruleId + " was stopped: its consequence did not return within";
        return new RuleFailedException(ruleId, what + " the limit of " + describe(limit)
                + "; the evaluation was abandoned", true);
    }

    /** The rule's id (its name), or null when the engine did not say. */
    public String ruleId() {
        return ruleId;
    }

    /** Stopped at the time limit rather than by an error. */
    public boolean timedOut() {
        return timedOut;
    }

    private static String named(String ruleId) {
        return ruleId == null ? "a rule" : "rule " + ruleId;
    }

    static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
