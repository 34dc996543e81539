package org.ctipcheck.findings;

import java.util.List;

/** One rule firing: which rule, and the facts it matched as JSON Pointers into the submission. */
public record RuleHit(int sequence, String ruleId, String requirementId, String outcome, List<String> matched) {

    public RuleHit {
        matched = List.copyOf(matched);
    }
}
