package org.ctipcheck.report;

import java.util.List;
import java.util.stream.Collectors;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.submission.Evidence;

/**
 * One row per finding, then one per checklist item, for spreadsheets (RFC 4180: comma-separated, CRLF,
 * quoted when needed, UTF-8). A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe, so a hostile submission cannot plant a formula in the reviewer's sheet.
 */
public final class CsvReportWriter {
    static final List<String> COLUMNS = List.of("record", "award_id", "organization", "requirement_id", "rule_id",
            "severity", "status", "citation", "title", "detail", "evidence", "remediation", "confidence");

    public String write(EvaluationReport report) {
        StringBuilder out = new StringBuilder(256 + 400 * report.result().findings().size());
        row(out, COLUMNS);
        String award = report.submission().awardId();
        String organization = report.submission().organization();
        for (Finding finding : report.result().findings()) {
            row(out, List.of("finding", text(award), text(organization), text(finding.requirementId()),
                    text(finding.ruleId()), name(finding.severity()), name(finding.status()), text(finding.citation()),
                    text(finding.title()), text(finding.message()), evidence(finding.evidence()),
                    text(finding.remediation()), confidence(finding.confidence())));
        }
        for (ChecklistItem item : report.result().checklist()) {
            row(out, List.of("checklist", text(award), text(organization), text(item.requirementId()),
                    String.join(" ", item.ruleIds()), "", name(item.status()), text(item.citation()),
                    text(item.title()), text(item.reason()), evidence(item.evidence()), "",
                    confidence(item.confidence())));
        }
        return out.toString();
    }

    static String evidence(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> e.pointer() + (e.value() == null ? " (not given)" : " = " + e.value())
                        + (e.documentReference() == null ? "" : " [" + e.documentReference() + "]"))
                .collect(Collectors.joining("; "));
    }

    private static String confidence(Confidence confidence) {
        return confidence == null ? "" : confidence.name();
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            cell(out, cells.get(i));
        }
        out.append("\r\n");
    }

    static void cell(StringBuilder out, String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        if (quote) {
            out.append('"').append(safe.replace("\"", "\"\"")).append('"');
        } else {
            out.append(safe);
        }
    }
}
