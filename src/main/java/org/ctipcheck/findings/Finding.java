package org.ctipcheck.findings;

import java.util.List;
import org.ctipcheck.submission.Evidence;

/** A gap: a requirement not met, or a fact missing that a reviewer must supply. */
public record Finding(
        String ruleId,
        String requirementId,
        Severity severity,
        Status status,
        String citation,
        String title,
        String message,
        List<Evidence> evidence,
        String remediation,
        Confidence confidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
