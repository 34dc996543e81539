package org.ctipcheck.supplychain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.ReferenceListEdition;

/**
 * Counts rows as they stream past, in bounded memory: counters, group maps capped at {@value #GROUPS_KEPT}
 * goods (the rest counted under "(other)"), the {@value #RISKIEST_KEPT} riskiest rows in a heap and the first
 * {@value #REJECTIONS_KEPT} rejections. Not thread-safe: one consumer feeds it.
 */
public final class SupplyChainTally {
    static final int REJECTIONS_KEPT = 1000;
    static final int RISKIEST_KEPT = 25;
    static final int GROUPS_KEPT = 500;

    private long evaluated;
    private long rejectedCount;
    private final Map<String, Long> byRule = new TreeMap<>();
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<RiskLevel, Long> byRisk = new EnumMap<>(RiskLevel.class);
    private final Map<String, long[]> byCountry = new HashMap<>();
    private final Map<String, long[]> byGood = new HashMap<>();
    private final Map<String, long[]> byTier = new HashMap<>();
    private final PriorityQueue<SupplyChainSummary.SupplierRisk> riskiest = new PriorityQueue<>(
            Comparator.comparingInt(SupplyChainSummary.SupplierRisk::score)
                    .thenComparing(SupplyChainSummary.SupplierRisk::line, Comparator.reverseOrder()));
    private final List<SupplyChainSummary.Rejection> rejections = new ArrayList<>();
    private final Map<String, String> goodKeys = new HashMap<>();

    public SupplyChainTally() {
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0L);
        }
        for (RiskLevel level : RiskLevel.values()) {
            byRisk.put(level, 0L);
        }
    }

    public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
        evaluated++;
        byRisk.merge(level, 1L, Long::sum);
        for (RowFinding finding : findings) {
            byRule.merge(finding.rule().id(), 1L, Long::sum);
            bySeverity.merge(finding.severity(), 1L, Long::sum);
        }
        count(byCountry, row.country() == null ? "(none)" : row.country(), findings.size());
        count(byTier, row.tier() == null ? "(none)" : "tier " + row.tier(), findings.size());
        if (row.goods().isEmpty()) {
            count(byGood, "(none)", findings.size());
        }
        for (String good : row.goods()) {
            String key = goodKeys.get(good);
            if (key == null) {
                key = Goods.key(good);
                if (goodKeys.size() < 10_000) {
                    goodKeys.put(good, key);
                }
            }
            count(byGood, byGood.containsKey(key) || byGood.size() < GROUPS_KEPT ? key : "(other)", findings.size());
        }
        if (!findings.isEmpty()) {
            int score = RiskLevel.score(findings, row.screening().listedRisk());
            if (riskiest.size() < RISKIEST_KEPT || score > riskiest.peek().score()) {
                riskiest.add(new SupplyChainSummary.SupplierRisk(row.line(), row.supplierId(), row.supplierName(),
                        row.country(), row.tier(), level, score,
                        findings.stream().map(finding -> finding.rule().id()).distinct().toList()));
                if (riskiest.size() > RISKIEST_KEPT) {
                    riskiest.poll();
                }
            }
        }
    }

    public void rejected(long line, String reason) {
        rejectedCount++;
        if (rejections.size() < REJECTIONS_KEPT) {
            rejections.add(new SupplyChainSummary.Rejection(line, reason));
        }
    }

    private static void count(Map<String, long[]> groups, String key, int findings) {
        long[] counts = groups.computeIfAbsent(key, k -> new long[3]);
        counts[0]++;
        if (findings > 0) {
            counts[1]++;
        }
        counts[2] += findings;
    }

    public SupplyChainSummary summary(String source, String format, List<ReferenceListEdition> lists,
            List<RowFinding> listFindings) {
        List<SupplyChainSummary.SupplierRisk> top = new ArrayList<>(riskiest);
        top.sort(Comparator.comparingInt(SupplyChainSummary.SupplierRisk::score).reversed()
                .thenComparingLong(SupplyChainSummary.SupplierRisk::line));
        return new SupplyChainSummary(source, format, evaluated + rejectedCount, evaluated, rejectedCount, lists,
                listFindings, new LinkedHashMap<>(byRule), new EnumMap<>(bySeverity), new EnumMap<>(byRisk),
                groups(byCountry), groups(byGood), groups(byTier), top, List.copyOf(rejections),
                rejectedCount - rejections.size());
    }

    /** Groups with findings first, then by rows, each descending. */
    private static Map<String, SupplyChainSummary.GroupCount> groups(Map<String, long[]> groups) {
        Map<String, SupplyChainSummary.GroupCount> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(entry -> -entry.getValue()[2])
                        .thenComparingLong(entry -> -entry.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .forEach(entry -> sorted.put(entry.getKey(), new SupplyChainSummary.GroupCount(
                        entry.getValue()[0], entry.getValue()[1], entry.getValue()[2])));
        return sorted;
    }
}
