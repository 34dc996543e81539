package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.supplychain.SupplyChainSummary;
import org.junit.jupiter.api.Test;

/**
 * The core serves other channels than the command line: no rule text and no report names a command-line
 * option ("--supply-chain-findings", "--notify-within"); they say what is meant in the reader's terms.
 */
class NoCliFlagNamesTest {
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z]");

    @Test
    void noFileOfTheRulePackNamesAnOption() {
        List<RuleSource> sources = TestRules.ruleset().sources();
        assertThat(sources).extracting(RuleSource::path).contains("parameters.yaml", "reference/lists.yaml");
        for (RuleSource source : sources) {
            assertThat(flags(source.text())).as(source.path()).isEmpty();
        }
        for (RuleInfo rule : TestRules.ruleset().rules()) {
            assertThat(flags(rule.title() + " " + rule.remediation() + " " + rule.citation())).as(rule.id()).isEmpty();
        }
    }

    @Test
    void noReportFormatNamesAnOption() {
        SupplyChainSummary base = ReportSamples.supplyChain();
        SupplyChainSummary manyRejected = new SupplyChainSummary(base.source(), base.format(), 1510, 10, 1500, base.lists(),
                base.listFindings(), base.findingsByRule(), base.findingsBySeverity(), base.rowsByRiskLevel(),
                base.byCountry(), base.byGood(), base.byTier(), base.riskiestSuppliers(), base.rejected(), 1498, null, null, base.rowsNotMatchedOnStaleLists());
        List<EvaluationReport> reports = List.of(ReportSamples.sample(ReportSamples.SAMPLE_10),
                ReportSamples.withFindings(5).withSupplyChain(manyRejected));
        for (EvaluationReport report : reports) {
            for (ReportFormat format : ReportFormat.values()) {
                byte[] rendered = ReportRenderers.render(format, report);
                String text = format == ReportFormat.PDF ? PdfChecks.text(rendered)
                        : new String(rendered, StandardCharsets.UTF_8);
                assertThat(flags(text)).as(format + " of " + report.submission().source()).isEmpty();
            }
        }
    }

    private static List<String> flags(String text) {
        return FLAG.matcher(text).results()
                .map(match -> text.substring(Math.max(0, match.start() - 30), Math.min(text.length(), match.end() + 20)))
                .toList();
    }
}
