package org.ctipcheck.findings;

import java.util.List;
import org.ctipcheck.submission.Evidence;

/** One requirement considered, with its status, why, and the evidence behind it. */
public record ChecklistItem(
        String requirementId,
        String title,
        String citation,
        Status status,
        String reason,
        List<Evidence> evidence,
        List<String> ruleIds,
        Confidence confidence) {

    public ChecklistItem {
        evidence = List.copyOf(evidence);
        ruleIds = List.copyOf(ruleIds);
    }
}
