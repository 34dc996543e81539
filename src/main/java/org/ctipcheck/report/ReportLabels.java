package org.ctipcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;
import org.ctipcheck.submission.ReferenceListEdition;

/**
 * The words the HTML templates use (the standalone report and the web result page share their fragments), the
 * same as every report format's ({@link Labels}): each status and severity is written out, so that no information
 * is carried by colour alone.
 */
public final class ReportLabels {

    /** The findings of one severity word, numbered on from {@code firstNumber} in the order the report shows them. */
    public record FindingGroup(String severity, int firstNumber, List<Finding> findings) {
    }

    public String determination(Determination determination) {
        return Labels.determination(determination);
    }

    /** The alert kind of a determination (its colour, always next to the words). */
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

    /** "STALE (…)", "PARTIAL", both, or "" for a current, whole list. */
    public String listFlags(ReferenceListEdition list, LocalDate evaluationDate) {
        return Labels.listFlags(list, evaluationDate);
    }

    /**
     * Findings by severity word, most severe first (BLOCKER, MAJOR, MINOR, INFO, then REVIEW), empty groups left
     * out, numbered 1..n across the groups.
     */
    public List<FindingGroup> bySeverity(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            groups.put(severity.name(), new ArrayList<>());
        }
        groups.put("REVIEW", new ArrayList<>());
        findings.forEach(finding -> groups.get(Labels.severity(finding)).add(finding));
        List<FindingGroup> numbered = new ArrayList<>();
        int next = 1;
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            if (!group.getValue().isEmpty()) {
                numbered.add(new FindingGroup(group.getKey(), next, List.copyOf(group.getValue())));
                next += group.getValue().size();
            }
        }
        return numbered;
    }
}
