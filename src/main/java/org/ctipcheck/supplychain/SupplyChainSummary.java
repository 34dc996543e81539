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
 * bytes screened (null in a summary read back from a report written before it was recorded).
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
        String sha256) {

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
