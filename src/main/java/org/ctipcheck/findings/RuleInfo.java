package org.ctipcheck.findings;

/** A rule's own metadata, as declared in its DRL header. */
public record RuleInfo(
        String id,
        String requirementId,
        String title,
        Severity severity,
        String citation,
        String remediation,
        Confidence confidence,
        String file) {
}
