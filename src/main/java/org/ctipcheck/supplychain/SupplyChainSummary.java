package org.ctipcheck.supplychain;

import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.submission.ReferenceListEdition;

/**
 * The supply-chain section of a report. {@code rowsRead == rowsEvaluated + rowsRejected} always; every
 * rejected row is listed (up to {@link SupplyChainTally#REJECTIONS_KEPT}; all of them go to the per-row
 * findings file). Counts are by rule, severity, risk level, country, good and tier. {@code sha256} is that of the
 * bytes screened (null in a summary read back from a report written before it was recorded); {@code failure} says
 * why the attestation could not be screened at all (null when it was). {@code rowsNotMatchedOnStaleLists}: per list
 * stale or partial on the evaluation date (by id), the rows it did not match, which it therefore did not clear
 * (CTIP-SC-08.not-matched-on-stale-list); empty in a summary read back from a report written before it was counted.
 */
public record SupplyChainSummary(
        String source,
        String format,
        long rowsRead,
        long rowsEvaluated,
        long rowsRejected,
        List<ReferenceListEdition> lists,
        List<RowFinding> listFindings,
        Map<String, Long> findingsByRule,
        Map<Severity, Long> findingsBySeverity,
        Map<RiskLevel, Long> rowsByRiskLevel,
        Map<String, GroupCount> byCountry,
        Map<String, GroupCount> byGood,
        Map<String, GroupCount> byTier,
        List<SupplierRisk> riskiestSuppliers,
        List<Rejection> rejected,
        long rejectedNotListed,
        String sha256,
        String failure,
        Map<String, Long> rowsNotMatchedOnStaleLists) {

    public SupplyChainSummary {
        rowsNotMatchedOnStaleLists = rowsNotMatchedOnStaleLists == null ? Map.of() : rowsNotMatchedOnStaleLists;
    }

    /**
     * The summary of an attestation that could not be screened: no row read, {@code failure} says why, and the
     * list findings carry the rule's notice (CTIP-SC-01.not-screened) so that every report format shows it.
     */
    public static SupplyChainSummary failed(String source, String format, List<ReferenceListEdition> lists,
            List<RowFinding> notices, String failure) {
        return new SupplyChainSummary(source, format, 0, 0, 0, lists, notices, Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), List.of(), List.of(), 0, null, failure, Map.of());
    }

    public boolean failed() {
        return failure != null;
    }

    /** Rows in a group, rows with at least one finding, and findings. */
    public record GroupCount(long rows, long rowsWithFindings, long findings) {
    }

    /** A row among the riskiest, with the rules it failed. */
    public record SupplierRisk(long line, String supplierId, String supplierName, String country, Integer tier,
            RiskLevel riskLevel, int score, List<String> ruleIds) {
    }

    /** A row that was not evaluated, and why. */
    public record Rejection(long line, String reason) {
    }

    public boolean hasFindingAtLeast(Severity severity) {
        return findingsBySeverity.entrySet().stream()
                .anyMatch(entry -> entry.getValue() > 0 && entry.getKey().atLeast(severity))
                || listFindings.stream().anyMatch(finding -> finding.severity().atLeast(severity));
    }
}
