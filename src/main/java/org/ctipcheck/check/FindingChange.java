package org.ctipcheck.check;

/** How a finding differs between the recorded evaluation and a replay. */
public record FindingChange(Kind kind, String ruleId, String detail) {
    public enum Kind { NEW, RESOLVED, CHANGED }
}
