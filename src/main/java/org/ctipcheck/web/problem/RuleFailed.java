package org.ctipcheck.web.problem;

/**
 * A rule of the service's rule pack failed while evaluating the submission (it threw, or ran past the rule time
 * limit): the fault is the rule pack's, not the caller's, so the answer is 500 naming the rule; nothing was issued
 * or recorded (the command line's exit 3).
 */
public final class RuleFailed extends RuntimeException {
    private final String ruleId;

    public RuleFailed(String ruleId, String message) {
        super(message);
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
