package org.ctipcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/** The JSON report's {@code supplyChain} section (docs/report-format.md). */
@JsonPropertyOrder({"source", "format", "rowsRead", "rowsEvaluated", "rowsRejected", "referenceLists", "listFindings",
        "findingsBySeverity", "findingsByRule", "rowsByRiskLevel", "byCountry", "byGood", "byTier", "riskiestSuppliers",
        "rejectedRows", "rejectedRowsNotListed"})
public record SupplyChainSection(
        String source,
        String format,
        long rowsRead,
        long rowsEvaluated,
        long rowsRejected,
        List<ListInfo> referenceLists,
        List<ListFinding> listFindings,
        Map<Severity, Long> findingsBySeverity,
        Map<String, Long> findingsByRule,
        Map<RiskLevel, Long> rowsByRiskLevel,
        Map<String, SupplyChainSummary.GroupCount> byCountry,
        Map<String, SupplyChainSummary.GroupCount> byGood,
        Map<String, SupplyChainSummary.GroupCount> byTier,
        List<SupplyChainSummary.SupplierRisk> riskiestSuppliers,
        List<SupplyChainSummary.Rejection> rejectedRows,
        long rejectedRowsNotListed) {

    public record ListInfo(String id, String name, String edition, String asOf, Integer staleAfterMonths,
            boolean partial, String note, int entries) {
    }

    public record ListFinding(String ruleId, String requirementId, Severity severity, Status status, String list,
            String message, String citation, String remediation, Confidence confidence) {
    }

    static SupplyChainSection of(SupplyChainSummary summary) {
        return new SupplyChainSection(summary.source(), summary.format(), summary.rowsRead(), summary.rowsEvaluated(),
                summary.rowsRejected(), summary.lists().stream().map(SupplyChainSection::list).toList(),
                summary.listFindings().stream().map(SupplyChainSection::finding).toList(),
                summary.findingsBySeverity(), summary.findingsByRule(), summary.rowsByRiskLevel(), summary.byCountry(),
                summary.byGood(), summary.byTier(), summary.riskiestSuppliers(), summary.rejected(),
                summary.rejectedNotListed());
    }

    private static ListInfo list(ReferenceListEdition edition) {
        return new ListInfo(edition.id(), edition.name(), edition.edition(),
                edition.asOf() == null ? null : edition.asOf().toString(), edition.staleAfterMonths(), edition.partial(),
                edition.note(), edition.entries());
    }

    private static ListFinding finding(RowFinding finding) {
        return new ListFinding(finding.rule().id(), finding.rule().requirementId(), finding.severity(), finding.status(),
                finding.supplierId(), finding.message(), finding.rule().citation(), finding.rule().remediation(),
                finding.rule().confidence());
    }
}
