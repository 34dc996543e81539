package org.ctipcheck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.output.SafeCsv;
import org.ctipcheck.submission.Evidence;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * One row per finding, then one per checklist item, for spreadsheets (RFC 4180: comma-separated, CRLF,
 * quoted when needed, UTF-8), written by {@link SafeCsv}: every cell here is text, so a cell that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe and a hostile submission cannot plant
 * a formula in the reviewer's sheet.
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
        LocalDate date = report.result().evaluationDate();
        for (ReferenceListEdition list : report.referenceListsUsed()) {
            String flags = Labels.listFlags(list, date);
            row(out, List.of("reference-list", text(award), text(organization), "", text(list.id()), "",
                    flags.isEmpty() ? "CURRENT" : flags, "", text(list.name()),
                    Labels.listEdition(list) + (list.note() == null ? "" : ". " + list.note()),
                    "entries = " + list.entries() + (list.staleAfterMonths() == null ? ""
                            : "; stale after = " + list.staleAfterMonths() + " months"), "", ""));
        }
        if (report.supplyChain() != null) {
            supplyChain(out, text(award), text(organization), report.supplyChain());
        }
        if (report.audit() != null) {
            row(out, List.of("audit", text(award), text(organization), "", "", "", "", "", "Audit log record",
                    "evaluation " + report.audit().evaluationId() + " (#" + report.audit().sequence() + ")",
                    "chain head " + report.audit().chainHead() + Labels.copyNote(report.audit()), "", ""));
        }
        return out.toString();
    }

    /**
     * The supply-chain section as rows of the same columns, told apart by {@code record} (docs/report-format.md):
     * one {@code supply-chain} row, then the list notices, the counts, the riskiest suppliers and the rejected rows.
     */
    private static void supplyChain(StringBuilder out, String award, String organization, SupplyChainSummary summary) {
        row(out, List.of("supply-chain", award, organization, "", "", "", "", "", text(summary.source()),
                "rows read " + summary.rowsRead() + " = evaluated " + summary.rowsEvaluated() + " + rejected "
                        + summary.rowsRejected(),
                "format = " + summary.format() + "; rows read = " + summary.rowsRead() + "; rows evaluated = "
                        + summary.rowsEvaluated() + "; rows rejected = " + summary.rowsRejected(), "", ""));
        for (RowFinding finding : summary.listFindings()) {
            row(out, List.of("supply-chain-list-notice", award, organization, text(finding.rule().requirementId()),
                    text(finding.rule().id()), name(finding.severity()), name(finding.status()),
                    text(finding.rule().citation()), text(finding.supplierId()), text(finding.message()), "",
                    text(finding.rule().remediation()), confidence(finding.rule().confidence())));
        }
        summary.findingsBySeverity().forEach((severity, count) -> count(out, award, organization, "severity",
                severity.name(), "", severity.name(), "findings = " + count));
        summary.findingsByRule().forEach((rule, count) -> count(out, award, organization, "rule", rule, rule, "",
                "findings = " + count));
        summary.rowsByRiskLevel().forEach((level, count) -> count(out, award, organization, "risk level", level.name(),
                "", "", "rows = " + count));
        groups(out, award, organization, "country", summary.byCountry());
        groups(out, award, organization, "good", summary.byGood());
        groups(out, award, organization, "tier", summary.byTier());
        for (SupplyChainSummary.SupplierRisk risk : summary.riskiestSuppliers()) {
            row(out, List.of("supply-chain-supplier", award, organization, "", String.join(" ", risk.ruleIds()), "",
                    name(risk.riskLevel()), "", text(risk.supplierName()),
                    "line " + risk.line() + ", supplier " + text(risk.supplierId()),
                    "line = " + risk.line() + "; supplier id = " + text(risk.supplierId()) + "; country = "
                            + text(risk.country()) + "; tier = " + (risk.tier() == null ? "" : risk.tier())
                            + "; score = " + risk.score(), "", ""));
        }
        for (SupplyChainSummary.Rejection rejection : summary.rejected()) {
            row(out, List.of("supply-chain-rejected", award, organization, "", "", "", "REJECTED", "",
                    "line " + rejection.line(), text(rejection.reason()), "line = " + rejection.line(), "", ""));
        }
    }

    private static void groups(StringBuilder out, String award, String organization, String dimension,
            Map<String, SupplyChainSummary.GroupCount> groups) {
        groups.forEach((key, count) -> count(out, award, organization, dimension, key, "", "",
                "rows = " + count.rows() + "; rows with findings = " + count.rowsWithFindings() + "; findings = "
                        + count.findings()));
    }

    private static void count(StringBuilder out, String award, String organization, String dimension, String key,
            String rule, String severity, String counts) {
        row(out, List.of("supply-chain-count", award, organization, "", rule, severity, "", "", dimension, text(key),
                counts, "", ""));
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
        out.append(SafeCsv.row(cells)).append("\r\n");
    }
}
