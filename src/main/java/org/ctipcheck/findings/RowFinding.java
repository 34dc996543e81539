package org.ctipcheck.findings;

/**
 * A finding on one attestation row (or, with line 0, on a reference list). The rule carries id, severity,
 * citation and remediation; the row is named by its line in the file and its supplier id.
 */
public record RowFinding(long line, String supplierId, RuleInfo rule, Status status, String message) {

    public Severity severity() {
        return rule.severity();
    }
}
