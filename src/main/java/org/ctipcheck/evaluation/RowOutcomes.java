package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.ReferenceListEdition;

/**
 * The supply-chain rules' way to speak, used from DRL consequences as the global {@code screen}. Like
 * {@link Outcomes}, each call is attributed to the firing rule, whose metadata gives id, severity, citation
 * and remediation. One instance per chunk of rows; not thread-safe.
 */
public final class RowOutcomes {
    private final Map<String, RuleInfo> rules;
    private final List<RowFinding> findings = new ArrayList<>();
    private RuleInfo firing;

    RowOutcomes(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** The rule about to fire, already looked up. */
    void firing(RuleInfo rule) {
        firing = rule;
    }

    void firing(String ruleName) {
        firing = rules.get(ruleName);
        if (firing == null) {
            throw new IllegalStateException("rule '" + ruleName + "' fired but is not in the ruleset catalog");
        }
    }

    /** The row fails the rule's check; the finding has the rule's severity. */
    public void notMet(AttestationRow row, String message) {
        findings.add(new RowFinding(row.line(), row.supplierId(), firing, Status.NOT_MET, message));
    }

    /** A reviewer must look at the row (e.g. a close, not exact, list match). */
    public void needsReview(AttestationRow row, String message) {
        findings.add(new RowFinding(row.line(), row.supplierId(), firing, Status.NEEDS_REVIEW, message));
    }

    /** A notice about a reference list (stale or partial): line 0, the list id in place of a supplier. */
    public void listNotice(ReferenceListEdition list, String message) {
        findings.add(new RowFinding(0, list.id(), firing, Status.NEEDS_REVIEW, message));
    }

    /** A notice about an attestation that could not be screened: line 0, the file's name in place of a supplier. */
    public void screenNotice(org.ctipcheck.submission.ScreenFailure failure, String message) {
        findings.add(new RowFinding(0, failure.source(), firing, Status.NEEDS_REVIEW, message));
    }

    List<RowFinding> findings() {
        return findings;
    }
}
