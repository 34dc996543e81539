package org.ctipcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.Cli;
import org.ctipcheck.submission.Evidence;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * Reports to render in tests: real ones from the samples (through the CLI's JSON, read back), and synthetic
 * ones with no findings, with many findings, or with hostile text in every field a submission controls.
 */
public final class ReportSamples {
    public static final String SAMPLE_10 = "samples/10-subcontract-supplies-fee-ban-gaps/submission.yaml";
    public static final String SAMPLE_01 = "samples/01-compliant-overseas-services/submission.yaml";
    public static final Instant GENERATED_AT = Instant.parse("2026-03-01T12:00:00Z");

    /** Text a hostile or merely international submission may carry. */
    public static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    public static final String HEBREW = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd";
    public static final String ARABIC = "\u0634\u0631\u0643\u0629 \u0627\u0644\u062e\u0644\u064a\u062c";
    public static final String DIACRITICS = "Nguy\u1ec5n Th\u1ecb \u00c1nh, \u0141\u00f3d\u017a, S\u00e3o Paulo";
    public static final String LONG_WORD = "Supercalifragilistic".repeat(30);
    public static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private ReportSamples() {
    }

    /** A sample evaluated by the real CLI as of its expected date, with generatedAt fixed. */
    public static EvaluationReport sample(String submission) {
        Cli.Result run = Cli.run("check", submission, "--as-of", "2026-03-01", "--format", "json");
        try {
            Path json = Files.createTempFile("ctip-report", ".json");
            try {
                Files.writeString(json, run.out(), StandardCharsets.UTF_8);
                EvaluationReport report = new JsonReportReader().read(json).get(0);
                return new EvaluationReport(report.tool(), GENERATED_AT, report.submission(), report.ruleset(),
                        report.result(), report.referenceLists(), report.supplyChain(), null);
            } finally {
                Files.deleteIfExists(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Supplier names in Chinese and Japanese: DejaVu has no glyphs for them, the fallback font does. */
    public static final String CHINESE = "\u6df1\u5733\u5e02\u534e\u5f3a\u7eba\u7ec7\u6709\u9650\u516c\u53f8";
    public static final String JAPANESE = "\u682a\u5f0f\u4f1a\u793e\u3055\u304f\u3089\u7e2b\u88fd";

    /** A synthetic report with a supply-chain section whose supplier names are in four scripts. */
    public static EvaluationReport withSupplyChain() {
        EvaluationReport base = withFindings(5);
        return base.withReferenceLists(List.of(EO13126)).withSupplyChain(supplyChain());
    }

    /** Organization and finding text in Chinese and Japanese (no right-to-left text), and a supply-chain section. */
    public static EvaluationReport eastAsian() {
        return synthetic("AWD-2026-01", CHINESE + " (" + JAPANESE + ")", 3, JAPANESE + " / " + CHINESE,
                "/compliancePlan/x").withSupplyChain(supplyChain());
    }

    /** Scripts the PDF ships fonts for beyond DejaVu and Droid Sans Fallback: Korean, Hindi, Thai. */
    public static final String KOREAN = "\ud55c\uad6d\uc12c\uc720 \uc8fc\uc2dd\ud68c\uc0ac";
    public static final String HINDI = "\u0928\u092e\u0938\u094d\u0924\u0947 \u0915\u0902\u092a\u0928\u0940";
    /** The Hindi word the PDF text layer gives back as written: no conjunct, no vowel sign before its consonant. */
    public static final String HINDI_PLAIN = "\u0915\u0902\u092a\u0928\u0940";
    public static final String THAI = "\u0e1a\u0e23\u0e34\u0e29\u0e31\u0e17 \u0e44\u0e17\u0e22 \u0e08\u0e33\u0e01\u0e31\u0e14";
    /** Emoji no shipped font has: a face, a family (a ZWJ sequence), a flag (two regional indicators). */
    public static final String FACE = "\ud83d\ude00";
    public static final String FAMILY = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";
    public static final String FLAG = "\ud83c\uddfa\ud83c\uddf8";

    /** Organization and plan text in Korean, Hindi, Thai and Arabic with emoji, a family and a flag among them. */
    public static EvaluationReport manyScripts() {
        String organization = KOREAN + " " + FACE + " / " + HINDI + " / " + THAI + " / " + ARABIC + " " + FLAG;
        return synthetic("AWD-2026-07", organization, 3, HINDI + " " + FAMILY + " " + KOREAN + " " + THAI,
                "/compliancePlan/x");
    }

    public static final ReferenceListEdition EO13126 = new ReferenceListEdition("eo13126",
            "E.O. 13126 List of Products Produced by Forced or Indentured Child Labor", "84 FR 11123",
            LocalDate.of(2019, 3, 25), 24, true, "Outdated - later changes are missing.", 53);

    public static SupplyChainSummary supplyChain() {
        ReferenceListEdition tiers = new ReferenceListEdition("tip-tiers",
                "State Department Trafficking in Persons Report tier placements", "2025 TIP Report",
                LocalDate.of(2025, 9, 29), 15, false, null, 188);
        ReferenceListEdition uflpa = new ReferenceListEdition("uflpa", "DHS UFLPA Entity List",
                "additions 2024-08 to 2025-01 (15 of at least 144 entities)", LocalDate.of(2025, 1, 15), 6, true,
                "PARTIAL - a supplier not matched here may still be on the UFLPA Entity List.", 15);
        RuleInfo partial = new RuleInfo("CTIP-SC-08.partial-list", "CTIP-SC-08", "A reference list is partial",
                Severity.INFO, "Catalog \u00a79.1", "Screen against the complete list as well.", Confidence.VERIFIED,
                "rules/supply-chain/ctip-sc-08.drl");
        Map<String, Long> byRule = new LinkedHashMap<>();
        byRule.put("CTIP-SC-04.uflpa-match", 2L);
        byRule.put("CTIP-SC-02.no-certification", 5L);
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        bySeverity.put(Severity.BLOCKER, 2L);
        bySeverity.put(Severity.MAJOR, 5L);
        bySeverity.put(Severity.MINOR, 0L);
        bySeverity.put(Severity.INFO, 0L);
        Map<RiskLevel, Long> byRisk = new EnumMap<>(RiskLevel.class);
        byRisk.put(RiskLevel.CRITICAL, 2L);
        byRisk.put(RiskLevel.HIGH, 3L);
        byRisk.put(RiskLevel.MEDIUM, 1L);
        byRisk.put(RiskLevel.LOW, 4L);
        Map<String, SupplyChainSummary.GroupCount> byCountry = new LinkedHashMap<>();
        byCountry.put("CN", new SupplyChainSummary.GroupCount(5, 4, 6));
        byCountry.put("JP", new SupplyChainSummary.GroupCount(2, 1, 1));
        byCountry.put("SA", new SupplyChainSummary.GroupCount(2, 0, 0));
        byCountry.put("IL", new SupplyChainSummary.GroupCount(1, 0, 0));
        Map<String, SupplyChainSummary.GroupCount> byGood = new LinkedHashMap<>();
        byGood.put("garments", new SupplyChainSummary.GroupCount(6, 4, 6));
        byGood.put("electronics", new SupplyChainSummary.GroupCount(4, 1, 1));
        Map<String, SupplyChainSummary.GroupCount> byTier = new LinkedHashMap<>();
        byTier.put("1", new SupplyChainSummary.GroupCount(6, 4, 6));
        byTier.put("2", new SupplyChainSummary.GroupCount(4, 1, 1));
        List<SupplyChainSummary.SupplierRisk> riskiest = List.of(
                new SupplyChainSummary.SupplierRisk(2, "S-001", CHINESE, "CN", 1, RiskLevel.CRITICAL, 1100,
                        List.of("CTIP-SC-04.uflpa-match", "CTIP-SC-02.no-certification")),
                new SupplyChainSummary.SupplierRisk(3, "S-002", JAPANESE, "JP", 2, RiskLevel.HIGH, 100,
                        List.of("CTIP-SC-02.no-certification")),
                new SupplyChainSummary.SupplierRisk(4, "S-003", ARABIC, "SA", 1, RiskLevel.MEDIUM, 1, List.of()),
                new SupplyChainSummary.SupplierRisk(5, "S-004", HEBREW, "IL", 2, RiskLevel.LOW, 0, List.of()));
        return new SupplyChainSummary("suppliers.csv", "csv", 12, 10, 2, List.of(EO13126, tiers, uflpa),
                List.of(new RowFinding(0, "uflpa", partial, Status.NOT_MET,
                        "DHS UFLPA Entity List is partial: a supplier not matched may still be listed.")),
                byRule, bySeverity, byRisk, byCountry, byGood, byTier, riskiest,
                List.of(new SupplyChainSummary.Rejection(7, "country 'Atlantis' is not an ISO 3166-1 country"),
                        new SupplyChainSummary.Rejection(9, "supplier_id is missing")), 0, null, null, Map.of("uflpa", 10L));
    }

    public static EvaluationReport withFindings(int count) {
        return synthetic("W912-26-C-0001", "Acme Services LLC", count, "Plan text", "/compliancePlan/x");
    }

    /** Every submitted string is hostile: markup, right-to-left text, diacritics, a very long word, a formula. */
    public static EvaluationReport hostile() {
        String organization = SCRIPT + " " + HEBREW + " " + ARABIC + " " + DIACRITICS;
        return synthetic("AWD-" + SCRIPT, organization, 3, SCRIPT + " " + LONG_WORD + " " + HEBREW,
                FORMULA);
    }

    private static EvaluationReport synthetic(String award, String organization, int count, String value,
            String pointer) {
        List<Finding> findings = new ArrayList<>(count);
        List<RuleHit> hits = new ArrayList<>(count);
        Severity[] severities = Severity.values();
        for (int i = 0; i < count; i++) {
            Severity severity = severities[i % severities.length];
            Status status = i % 7 == 6 ? Status.NEEDS_REVIEW : Status.NOT_MET;
            String rule = "CTIP-PLAN-" + String.format("%02d", i % 12 + 1) + ".gap-" + i;
            findings.add(new Finding(rule, "CTIP-PLAN-" + String.format("%02d", i % 12 + 1), severity, status,
                    "FAR 52.222-50(h)(3)(" + (i % 6 + 1) + ")", "Finding title " + i + " for " + organization,
                    "The plan of " + organization + " does not say " + value + " (finding " + i + ").",
                    List.of(new Evidence(pointer, value, "Plan v2.pdf, p. " + (i % 40 + 1) + ", \u201c" + value + "\u201d"),
                            Evidence.at("/award/id", null)),
                    "Add the missing element to the plan (" + i + ").", i % 3 == 0 ? Confidence.INFERRED : Confidence.VERIFIED));
            hits.add(new RuleHit(i + 1, rule, "CTIP-PLAN-01", "NOT_MET", List.of(pointer, "(derived) fact " + i)));
        }
        List<ChecklistItem> checklist = new ArrayList<>();
        for (int r = 1; r <= 12; r++) {
            String id = "CTIP-PLAN-" + String.format("%02d", r);
            checklist.add(new ChecklistItem(id, "Requirement " + r + " " + value, "FAR 52.222-50(h)(3)(" + r + ")",
                    count == 0 ? Status.MET : Status.values()[r % 4], "Because " + value,
                    List.of(Evidence.at(pointer, value)), List.of(id + ".rule"), Confidence.VERIFIED));
        }
        PlanDecision decision = new PlanDecision(PlanDecision.Outcome.REQUIRED,
                "outside-U.S. portion '" + value + "' ($900,000) > $550,000 threshold of the NOV 2021 clause",
                "NOV 2021", new BigDecimal("550000"), new BigDecimal("900000"), "CTIP-APPL-04.plan-required",
                Confidence.VERIFIED);
        EvaluationResult result = new EvaluationResult(LocalDate.of(2026, 3, 1),
                Determination.of(findings, checklist, decision), decision, checklist, findings, hits);
        return new EvaluationReport(new EvaluationReport.ToolInfo("ctip-check", "0.1.0-test"), GENERATED_AT,
                new EvaluationReport.SubmissionInfo("in/" + value + ".yaml", "YAML",
                        "a".repeat(64), award, "CONTRACT", "Department of " + value, organization),
                new EvaluationReport.RulesetInfo("b".repeat(64), 85, 18, "rules"), result);
    }
}
