package org.ctipcheck.report;

import static org.ctipcheck.report.TerminalText.safe;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/** The text report's supply-chain section; values from the attestation file are made terminal-safe. */
final class SupplyChainText {
    private static final int TOP = 10;
    private static final int REJECTIONS_SHOWN = 50;

    private SupplyChainText() {
    }

    static void write(StringBuilder out, SupplyChainSummary summary, LocalDate evaluationDate) {
        out.append("\nSUPPLY CHAIN - ").append(safe(summary.source())).append(" (").append(summary.format()).append(")\n");
        out.append("  Rows read ").append(summary.rowsRead()).append(" = evaluated ").append(summary.rowsEvaluated())
                .append(" + rejected ").append(summary.rowsRejected()).append('\n');
        out.append("  Findings by severity: ").append(summary.findingsBySeverity()).append('\n');
        out.append("  Rows by risk level:   ").append(summary.rowsByRiskLevel()).append('\n');
        out.append("  Reference lists:\n");
        lists(out, summary.lists(), evaluationDate);
        for (RowFinding finding : summary.listFindings()) {
            out.append("  [").append(finding.severity()).append("] ").append(safe(finding.rule().id())).append(": ")
                    .append(safe(finding.message())).append('\n');
        }
        out.append("  Findings by rule:\n");
        summary.findingsByRule().forEach((rule, count) -> out.append("    ").append(pad(safe(rule), 44)).append(count).append('\n'));
        groups(out, "country", summary.byCountry());
        groups(out, "good", summary.byGood());
        groups(out, "tier", summary.byTier());
        out.append("  Riskiest suppliers:\n");
        for (SupplyChainSummary.SupplierRisk risk : summary.riskiestSuppliers()) {
            out.append("    line ").append(risk.line()).append("  ").append(safe(risk.supplierId())).append("  ")
                    .append(safe(risk.supplierName())).append(" (").append(safe(risk.country())).append(", tier ")
                    .append(risk.tier()).append(")  ").append(risk.riskLevel()).append(" score ").append(risk.score())
                    .append("  ").append(safe(String.join(", ", risk.ruleIds()))).append('\n');
        }
        if (summary.rowsRejected() > 0) {
            out.append("  Rejected rows:\n");
            summary.rejected().stream().limit(REJECTIONS_SHOWN).forEach(rejection -> out.append("    line ")
                    .append(rejection.line()).append(": ").append(safe(rejection.reason())).append('\n'));
            long more = summary.rowsRejected() - Math.min(REJECTIONS_SHOWN, summary.rejected().size());
            if (more > 0) {
                out.append("    ... and ").append(more)
                        .append(" more (all in the JSON report up to 1000, and in the per-row findings file when the check writes one)\n");
            }
        }
    }

    static void lists(StringBuilder out, List<ReferenceListEdition> lists, LocalDate evaluationDate) {
        for (ReferenceListEdition list : lists) {
            String flags = Labels.listFlags(list, evaluationDate);
            out.append("    ").append(safe(list.name())).append(" - ").append(safe(Labels.listEdition(list)))
                    .append(flags.isEmpty() ? "" : " (" + flags + ")").append('\n');
        }
    }

    private static void groups(StringBuilder out, String name, Map<String, SupplyChainSummary.GroupCount> groups) {
        out.append("  By ").append(name).append(" (rows / rows with findings / findings), top ").append(TOP).append(":\n");
        groups.entrySet().stream().limit(TOP).forEach(entry -> out.append("    ").append(pad(safe(entry.getKey()), 28))
                .append(entry.getValue().rows()).append(" / ").append(entry.getValue().rowsWithFindings()).append(" / ")
                .append(entry.getValue().findings()).append('\n'));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
