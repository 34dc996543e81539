package org.ctipcheck.report;

import static org.ctipcheck.report.TerminalText.safe;

import java.util.List;
import java.util.stream.Collectors;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;

/**
 * The report for a person at a terminal: determination first, then findings by severity, then the checklist. Every
 * value that may come from a submission passes through {@link TerminalText#safe}, so none reaches the terminal raw.
 */
public final class TextReportWriter {
    private static final int WIDTH = 100;

    public String write(EvaluationReport report) {
        EvaluationResult result = report.result();
        StringBuilder out = new StringBuilder();
        header(out, report);
        for (Severity severity : Severity.values()) {
            List<Finding> findings = result.findings().stream()
                    .filter(f -> f.status() == Status.NOT_MET && f.severity() == severity).toList();
            section(out, severity.name() + " (" + findings.size() + ")", findings);
        }
        section(out, "NEEDS REVIEW", result.findings().stream().filter(f -> f.status() == Status.NEEDS_REVIEW).toList());
        checklist(out, result.checklist());
        if (report.supplyChain() != null) {
            SupplyChainText.write(out, report.supplyChain(), result.evaluationDate());
        } else if (!report.referenceListsUsed().isEmpty()) {
            out.append("\nREFERENCE LISTS\n");
            SupplyChainText.lists(out, report.referenceListsUsed(), result.evaluationDate());
        }
        out.append("\nRuleset sha256 ").append(report.ruleset().sha256()).append(" (").append(report.ruleset().ruleCount())
                .append(" rules)\nSubmission sha256 ").append(report.submission().sha256()).append('\n');
        if (report.audit() != null) {
            out.append("Audit log: evaluation ").append(report.audit().evaluationId()).append(" (#")
                    .append(report.audit().sequence()).append("), chain head ").append(report.audit().chainHead())
                    .append(Labels.copyNote(report.audit())).append('\n');
        }
        return out.toString();
    }

    private static void header(StringBuilder out, EvaluationReport report) {
        EvaluationResult result = report.result();
        EvaluationReport.SubmissionInfo submission = report.submission();
        JsonReport.Summary summary = JsonReport.summary(result);
        out.append(safe(submission.source())).append('\n');
        wrap(out, "  Award " + submission.awardId() + " (" + submission.instrument() + ", " + submission.agency() + ") - "
                + submission.organization(), "    ");
        out.append("  Determination: ").append(result.determination().name().replace('_', ' ')).append("  (")
                .append(summary.findingsBySeverity().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase())
                        .collect(Collectors.joining(", ")))
                .append("; ").append(summary.needsReview()).append(" to review)\n");
        PlanDecision decision = result.planDecision();
        String basis = decision.confidence() == null || decision.confidence() == org.ctipcheck.findings.Confidence.VERIFIED
                ? "" : " (legal basis " + decision.confidence().name().toLowerCase() + ": " + decision.confidence().meaning() + ")";
        wrap(out, "  Plan required: " + planRequired(decision) + " - " + decision.reason() + basis, "    ");
        out.append("  Evaluated as of ").append(result.evaluationDate()).append('\n');
    }

    private static String planRequired(PlanDecision decision) {
        switch (decision.outcome()) {
            case REQUIRED: return "YES";
            case NOT_REQUIRED: return "NO";
            case OUT_OF_SCOPE: return "NOT UNDER THE FAR";
            default: return "UNDETERMINED";
        }
    }

    private static void section(StringBuilder out, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (Finding finding : findings) {
            String basis = finding.confidence() != null && finding.confidence() != org.ctipcheck.findings.Confidence.VERIFIED
                    ? "  (legal basis " + finding.confidence().name().toLowerCase() + ")" : "";
            wrap(out, "  " + finding.ruleId() + "  [" + finding.citation() + "]" + basis, "      ");
            wrap(out, "    " + finding.message(), "    ");
            for (Evidence evidence : finding.evidence()) {
                wrap(out, "    at " + describe(evidence), "       ");
            }
            finding.evidence().stream().map(Evidence::documentReference).filter(ref -> ref != null).distinct()
                    .forEach(ref -> wrap(out, "    in " + ref, "       "));
            wrap(out, "    Fix: " + finding.remediation(), "         ");
        }
    }

    private static String describe(Evidence evidence) {
        return evidence.pointer() + (evidence.value() == null ? " (not given)" : " = " + evidence.value());
    }

    private static void checklist(StringBuilder out, List<ChecklistItem> checklist) {
        out.append("\nChecklist (").append(checklist.size()).append(" requirements)\n");
        for (ChecklistItem item : checklist) {
            String status = String.format("%-16s", item.status().name().replace('_', ' '));
            column(out, "  " + status, item.requirementId(), 15, item.title(), 33);
            if (item.status() != Status.MET) {
                wrap(out, " ".repeat(33) + item.reason(), " ".repeat(33));
            }
        }
    }

    /**
     * One row of a table: {@code key} padded to {@code width} after {@code lead}, then {@code rest} wrapped at
     * {@code restIndent}. A key too long for its column (a long rule or requirement id, a long name) is not cut: it
     * gets a line of its own and {@code rest} starts on the next line in its column, so the columns stay aligned.
     */
    static void column(StringBuilder out, String lead, String key, int width, String rest, int restIndent) {
        String safeKey = safe(key);
        if (safeKey.length() < width) {
            wrap(out, lead + safeKey + " ".repeat(width - safeKey.length()) + rest, " ".repeat(restIndent));
            return;
        }
        wrap(out, lead + safeKey, " ".repeat(lead.length() + 2));
        wrap(out, " ".repeat(lead.length() + width) + rest, " ".repeat(restIndent));
    }

    /**
     * Word-wraps {@code text} at the report width, indenting continuation lines. The text is one line of the report
     * that may hold values from the submission, so it is made terminal-safe first ({@link TerminalText}).
     */
    static void wrap(StringBuilder out, String text, String indent) {
        text = safe(text);
        int lineStart = out.length();
        int column = 0;
        boolean first = true;
        for (String word : words(text, WIDTH - indent.length())) {
            if (!first && column + 1 + word.length() > WIDTH && column > indent.length()) {
                out.append('\n').append(indent);
                column = indent.length();
            } else if (!first) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            first = false;
        }
        out.append('\n');
        if (out.length() == lineStart) {
            out.append('\n');
        }
    }

    /** The text's words; one longer than a whole line (a long id, pointer or name without spaces) is cut into lines. */
    private static List<String> words(String text, int room) {
        List<String> words = new java.util.ArrayList<>();
        int longest = Math.max(room, 20);
        for (String word : text.split(" ", -1)) {
            while (word.length() > longest) {
                words.add(word.substring(0, longest));
                word = word.substring(longest);
            }
            words.add(word);
        }
        return words;
    }
}
