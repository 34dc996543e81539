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
import java.util.List;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.Cli;
import org.ctipcheck.submission.Evidence;

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
                        report.result());
            } finally {
                Files.deleteIfExists(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                Determination.of(findings, checklist), decision, checklist, findings, hits);
        return new EvaluationReport(new EvaluationReport.ToolInfo("ctip-check", "0.1.0-test"), GENERATED_AT,
                new EvaluationReport.SubmissionInfo("in/" + value + ".yaml", "YAML",
                        "a".repeat(64), award, "CONTRACT", "Department of " + value, organization),
                new EvaluationReport.RulesetInfo("b".repeat(64), 85, 18, "rules"), result);
    }
}
