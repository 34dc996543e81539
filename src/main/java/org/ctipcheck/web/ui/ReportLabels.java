package org.ctipcheck.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.report.Labels;
import org.ctipcheck.submission.Evidence;

/**
 * The words the result page uses, the same as every report format's ({@link Labels}), for the templates: each
 * status and severity is written out, so that no information is carried by colour alone.
 */
public final class ReportLabels {

    public String determination(Determination determination) {
        return Labels.determination(determination);
    }

    /** The USWDS alert kind of a determination (its colour, always next to the words). */
    public String alertKind(Determination determination) {
        return switch (determination) {
            case NON_COMPLIANT -> "error";
            case INCOMPLETE, COMPLIANT_WITH_OBSERVATIONS -> "warning";
            default -> "success";
        };
    }

    public String planRequired(PlanDecision decision) {
        return Labels.planRequired(decision);
    }

    public String status(Status status) {
        return Labels.status(status);
    }

    public String severity(Finding finding) {
        return Labels.severity(finding);
    }

    public String basis(Confidence confidence) {
        return Labels.confidence(confidence);
    }

    public String evidence(Evidence evidence) {
        return Labels.evidence(evidence);
    }

    public List<String> documents(List<Evidence> evidence) {
        return Labels.documents(evidence);
    }

    /** Findings by severity word, most severe first (BLOCKER, MAJOR, MINOR, INFO, then REVIEW); empty groups left out. */
    public Map<String, List<Finding>> bySeverity(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            groups.put(severity.name(), new ArrayList<>());
        }
        groups.put("REVIEW", new ArrayList<>());
        findings.forEach(finding -> groups.get(Labels.severity(finding)).add(finding));
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /** The findings a checklist requirement gave rise to. */
    public List<Finding> findingsOf(ChecklistItem item, List<Finding> findings) {
        return findings.stream().filter(finding -> item.requirementId().equals(finding.requirementId())).toList();
    }

    public boolean explained(ChecklistItem item) {
        return item.status() != Status.MET || item.reason() != null && !item.reason().isBlank();
    }
}
