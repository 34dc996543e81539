package org.ctipcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/** The JSON report's {@code supplyChain} section (docs/report-format.md). */
@JsonPropertyOrder({"source", "format", "sha256", "failure", "rowsRead", "rowsEvaluated", "rowsRejected", "referenceLists", "listFindings",
        "rowsNotMatchedOnStaleLists", "findingsBySeverity", "findingsByRule", "rowsByRiskLevel", "byCountry", "byGood", "byTier", "riskiestSuppliers",
        "rejectedRows", "rejectedRowsNotListed"})
public record SupplyChainSection(
        String source,
        String format,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String sha256,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String failure,
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
        long rejectedRowsNotListed,
        Map<String, Long> rowsNotMatchedOnStaleLists) {

    /** A reference list's edition; {@code stale}: older than {@code staleAfterMonths} on the evaluation date. */
    @JsonPropertyOrder({"id", "name", "edition", "asOf", "staleAfterMonths", "stale", "partial", "note", "entries"})
    public record ListInfo(String id, String name, String edition, String asOf, Integer staleAfterMonths,
            boolean stale, boolean partial, String note, int entries) {

        static ListInfo of(ReferenceListEdition edition, LocalDate evaluationDate) {
            return new ListInfo(edition.id(), edition.name(), edition.edition(),
                    edition.asOf() == null ? null : edition.asOf().toString(), edition.staleAfterMonths(),
                    edition.staleOn(evaluationDate), edition.partial(), edition.note(), edition.entries());
        }

        ReferenceListEdition toEdition() {
            return new ReferenceListEdition(id, name, edition, asOf == null ? null : LocalDate.parse(asOf),
                    staleAfterMonths, partial, note, entries);
        }
    }

    public record ListFinding(String ruleId, String requirementId, Severity severity, Status status, String list,
            String message, String citation, String remediation, Confidence confidence) {
    }

    static SupplyChainSection of(SupplyChainSummary summary, LocalDate evaluationDate) {
        return new SupplyChainSection(summary.source(), summary.format(), summary.sha256(), summary.failure(),
                summary.rowsRead(), summary.rowsEvaluated(),
                summary.rowsRejected(), summary.lists().stream().map(list -> ListInfo.of(list, evaluationDate)).toList(),
                summary.listFindings().stream().map(SupplyChainSection::finding).toList(),
                summary.findingsBySeverity(), summary.findingsByRule(), summary.rowsByRiskLevel(), summary.byCountry(),
                summary.byGood(), summary.byTier(), summary.riskiestSuppliers(), summary.rejected(),
                summary.rejectedNotListed(), summary.rowsNotMatchedOnStaleLists());
    }

    private static ListFinding finding(RowFinding finding) {
        return new ListFinding(finding.rule().id(), finding.rule().requirementId(), finding.severity(), finding.status(),
                finding.supplierId(), finding.message(), finding.rule().citation(), finding.rule().remediation(),
                finding.rule().confidence());
    }

    /** The summary this section was written from, for re-rendering a saved JSON report. */
    SupplyChainSummary toSummary() {
        return new SupplyChainSummary(source, format, rowsRead, rowsEvaluated, rowsRejected,
                nz(referenceLists).stream().map(ListInfo::toEdition).toList(),
                nz(listFindings).stream().map(f -> new RowFinding(0, f.list(), new RuleInfo(f.ruleId(), f.requirementId(),
                        null, f.severity(), f.citation(), f.remediation(), f.confidence(), null), f.status(), f.message()))
                        .toList(),
                nz(findingsByRule), nz(findingsBySeverity), nz(rowsByRiskLevel), nz(byCountry), nz(byGood), nz(byTier),
                nz(riskiestSuppliers), nz(rejectedRows), rejectedRowsNotListed, sha256, failure,
                nz(rowsNotMatchedOnStaleLists));
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nz(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
