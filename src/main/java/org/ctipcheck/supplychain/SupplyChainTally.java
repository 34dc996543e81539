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
 * goods (the rest counted under "(other)"), the {@value #RISKIEST_KEPT} riskiest suppliers in a heap and the first
 * {@value #REJECTIONS_KEPT} rejections. Not thread-safe: one consumer feeds it.
 */
public final class SupplyChainTally {
    static final int REJECTIONS_KEPT = 1000;
    static final int RISKIEST_KEPT = 25;
    static final int GROUPS_KEPT = 500;

    private long evaluated;
    private long rejectedCount;
    private final Map<String, long[]> byRule = new HashMap<>();
    private final long[] bySeverity = new long[Severity.values().length];
    private final long[] byRisk = new long[RiskLevel.values().length];
    private static final String[] TIERS = new String[16];

    static {
        for (int tier = 0; tier < TIERS.length; tier++) {
            TIERS[tier] = "tier " + tier;
        }
    }
    private final Map<String, long[]> byCountry = new HashMap<>();
    private final Map<String, long[]> byGood = new HashMap<>();
    private final Map<String, long[]> byTier = new HashMap<>();
    private final PriorityQueue<SupplyChainSummary.SupplierRisk> riskiest = new PriorityQueue<>(
            Comparator.comparingInt(SupplyChainSummary.SupplierRisk::score)
                    .thenComparing(SupplyChainSummary.SupplierRisk::line, Comparator.reverseOrder()));
    private final Map<String, SupplyChainSummary.SupplierRisk> listedSuppliers = new HashMap<>();
    private final List<SupplyChainSummary.Rejection> rejections = new ArrayList<>();
    private final Map<String, String> goodKeys = new HashMap<>();

    public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
        evaluated++;
        byRisk[level.ordinal()]++;
        for (RowFinding finding : findings) {
            byRule.computeIfAbsent(finding.rule().id(), id -> new long[1])[0]++;
            bySeverity[finding.severity().ordinal()]++;
        }
        count(byCountry, row.country() == null ? "(none)" : row.country(), findings.size());
        Integer tier = row.tier();
        count(byTier, tier == null ? "(none)" : tier >= 0 && tier < TIERS.length ? TIERS[tier] : "tier " + tier,
                findings.size());
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
            rankSupplier(row, findings, level);
        }
    }

    /**
     * Keeps the {@value #RISKIEST_KEPT} suppliers whose worst row scores highest, one entry per supplier id (its
     * worst row). Exact in bounded memory: a supplier whose worst score ranks among the kept ones is listed when
     * that row arrives, and only a higher score can push it out later. Rows without a supplier id stand alone.
     */
    private void rankSupplier(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
        int score = RiskLevel.score(findings, row.screening().listedRisk());
        String key = supplierKey(row.supplierId(), row.line());
        SupplyChainSummary.SupplierRisk listed = listedSuppliers.get(key);
        if (listed != null && score <= listed.score()) {
            return;
        }
        if (listed == null && riskiest.size() >= RISKIEST_KEPT && score <= riskiest.peek().score()) {
            return;
        }
        if (listed != null) {
            riskiest.remove(listed);
        }
        SupplyChainSummary.SupplierRisk entry = new SupplyChainSummary.SupplierRisk(row.line(), row.supplierId(),
                row.supplierName(), row.country(), row.tier(), level, score,
                findings.stream().map(finding -> finding.rule().id()).distinct().toList());
        riskiest.add(entry);
        listedSuppliers.put(key, entry);
        if (riskiest.size() > RISKIEST_KEPT) {
            SupplyChainSummary.SupplierRisk out = riskiest.poll();
            listedSuppliers.remove(supplierKey(out.supplierId(), out.line()));
        }
    }

    private static String supplierKey(String supplierId, long line) {
        return supplierId == null || supplierId.isBlank() ? "#" + line : supplierId;
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
            List<RowFinding> listFindings, String sha256) {
        return summary(source, format, lists, listFindings, sha256, Map.of());
    }

    /** With the rows each stale or partial list did not match ({@link StaleListMisses}). */
    public SupplyChainSummary summary(String source, String format, List<ReferenceListEdition> lists,
            List<RowFinding> listFindings, String sha256, Map<String, Long> notMatchedOnStaleLists) {
        List<SupplyChainSummary.SupplierRisk> top = new ArrayList<>(riskiest);
        top.sort(Comparator.comparingInt(SupplyChainSummary.SupplierRisk::score).reversed()
                .thenComparingLong(SupplyChainSummary.SupplierRisk::line));
        Map<String, Long> rules = new LinkedHashMap<>();
        new TreeMap<>(byRule).forEach((rule, count) -> rules.put(rule, count[0]));
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            severities.put(severity, bySeverity[severity.ordinal()]);
        }
        Map<RiskLevel, Long> risks = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            risks.put(level, byRisk[level.ordinal()]);
        }
        return new SupplyChainSummary(source, format, evaluated + rejectedCount, evaluated, rejectedCount, lists,
                listFindings, rules, severities, risks,
                groups(byCountry), groups(byGood), groups(byTier), top, List.copyOf(rejections),
                rejectedCount - rejections.size(), sha256, null, notMatchedOnStaleLists);
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
