package org.ctipcheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.ReferenceLists;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * Not a test: screens FILE and prints a SHA-256 over every row's line, risk level and findings (rule id, status,
 * message, in order), plus the summary's counts, so that a performance change can be checked to leave every
 * result unchanged. Arguments: FILE.
 */
public final class SupplyChainDigest {
    private SupplyChainDigest() {
    }

    public static void main(String[] args) throws Exception {
        SupplyChainEvaluator evaluator = new SupplyChainEvaluator(new RulesetLoader().load(Path.of("rules")));
        ReferenceLists lists = ReferenceLists.load(Path.of("rules/reference"));
        SupplyChainScreen screen = new SupplyChainScreen(evaluator, lists, LocalDate.of(2026, 11, 28),
                org.ctipcheck.fixtures.AttestationFixture.WORKERS);
        MessageDigest rows = MessageDigest.getInstance("SHA-256");
        RowSink sink = new RowSink() {
            @Override
            public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
                StringBuilder text = new StringBuilder().append(row.line()).append('|').append(row.supplierId())
                        .append('|').append(level);
                for (RowFinding finding : findings) {
                    text.append('|').append(finding.line()).append(finding.supplierId()).append(finding.rule().id())
                            .append(finding.status()).append(finding.message());
                }
                rows.update(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void rejected(long line, String reason) {
                rows.update((line + "|rejected|" + reason + "\n").getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void close() {
            }
        };
        SupplyChainSummary summary = screen.screen(Path.of(args[0]), sink, Progress.NONE);
        System.out.println("rows digest: " + HexFormat.of().formatHex(rows.digest()));
        System.out.println("read " + summary.rowsRead() + " evaluated " + summary.rowsEvaluated() + " rejected "
                + summary.rowsRejected());
        System.out.println("by rule: " + summary.findingsByRule());
        System.out.println("by severity: " + summary.findingsBySeverity() + " by risk: " + summary.rowsByRiskLevel());
        System.out.println("list findings: " + summary.listFindings().size());
        System.out.println("riskiest: " + summary.riskiestSuppliers());
        System.out.println("by tier: " + summary.byTier());
        System.out.println("by country (first 10): " + summary.byCountry().entrySet().stream().limit(10).toList());
        System.out.println("by good (first 10): " + summary.byGood().entrySet().stream().limit(10).toList());
    }
}
