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
            TextReportWriter.wrap(out, "  [" + finding.severity() + "] " + finding.rule().id() + ": " + finding.message(),
                    "      ");
        }
        out.append("  Findings by rule:\n");
        summary.findingsByRule().forEach((rule, count) -> TextReportWriter.column(out, "    ", rule, 44,
                String.valueOf(count), 48));
        groups(out, "country", summary.byCountry());
        groups(out, "good", summary.byGood());
        groups(out, "tier", summary.byTier());
        out.append("  Riskiest suppliers:\n");
        for (SupplyChainSummary.SupplierRisk risk : summary.riskiestSuppliers()) {
            TextReportWriter.wrap(out, "    line " + risk.line() + "  " + risk.supplierId() + "  " + risk.riskLevel()
                    + " score " + risk.score(), "      ");
            TextReportWriter.wrap(out, "      " + risk.supplierName() + " (" + risk.country() + ", tier " + risk.tier() + ")",
                    "      ");
            TextReportWriter.wrap(out, "      " + String.join(", ", risk.ruleIds()), "      ");
        }
        if (summary.rowsRejected() > 0) {
            out.append("  Rejected rows:\n");
            summary.rejected().stream().limit(REJECTIONS_SHOWN).forEach(rejection -> TextReportWriter.wrap(out,
                    "    line " + rejection.line() + ": " + rejection.reason(), "      "));
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
            TextReportWriter.wrap(out, "    " + list.name() + " - " + Labels.listEdition(list)
                    + (flags.isEmpty() ? "" : " (" + flags + ")"), "      ");
        }
    }

    private static void groups(StringBuilder out, String name, Map<String, SupplyChainSummary.GroupCount> groups) {
        out.append("  By ").append(name).append(" (rows / rows with findings / findings), top ").append(TOP).append(":\n");
        groups.entrySet().stream().limit(TOP).forEach(entry -> TextReportWriter.column(out, "    ", entry.getKey(), 28,
                entry.getValue().rows() + " / " + entry.getValue().rowsWithFindings() + " / " + entry.getValue().findings(),
                32));
    }
}
