package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.supplychain.SupplyChainSummary;
import org.junit.jupiter.api.Test;

/**
 * The standalone HTML report, rendered with plain Thymeleaf from templates/report.html and the fragments it shares
 * with the web result page (ResultPageTemplateTest compares the shared sections of both).
 */
class HtmlReportWriterTest {
    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void sampleReportMatchesItsGoldenFile() {
        Golden.assertMatches("10-subcontract-supplies-fee-ban-gaps.findings.html",
                writer.write(ReportSamples.sample(ReportSamples.SAMPLE_10)));
    }

    @Test
    void compliantSampleMatchesItsGoldenFile() {
        Golden.assertMatches("01-compliant-overseas-services.findings.html",
                writer.write(ReportSamples.sample(ReportSamples.SAMPLE_01)));
    }

    @Test
    void documentIsSelfContainedWithLanguageHeadingsAndTableHeaders() {
        String html = writer.write(ReportSamples.sample(ReportSamples.SAMPLE_10));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").contains("<meta charset=\"utf-8\">")
                .contains("<h1>").contains("<h2 id=\"findings\">").contains("<th scope=\"col\">Status</th>")
                .contains("@media print");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("url(").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void severityIsWrittenAsAWordNotOnlyAColour() {
        String html = writer.write(ReportSamples.sample(ReportSamples.SAMPLE_10));

        assertThat(html).contains("<span class=\"ctip-sev ctip-sev--MAJOR\">MAJOR</span>")
                .contains("<span class=\"ctip-sev ctip-sev--MINOR\">MINOR</span>")
                .contains("<span class=\"ctip-status ctip-status--NEEDS_REVIEW\">Needs review</span>")
                .contains("<h2 class=\"usa-alert__heading\">Determination: <span>Non-compliant</span></h2>");
    }

    @Test
    void findingsAreGroupedBySeverityAndNumberedAcrossTheGroups() {
        String html = writer.write(ReportSamples.withFindings(8));

        assertThat(html).contains("<h3 id=\"severity-BLOCKER\"><span class=\"ctip-sev ctip-sev--BLOCKER\">BLOCKER</span> (2)</h3>")
                .contains("<h3 id=\"severity-REVIEW\"><span class=\"ctip-sev ctip-sev--REVIEW\">REVIEW</span> (1)</h3>")
                .contains("<h4>1. <span dir=\"auto\">Finding title 0 for Acme Services LLC</span></h4>")
                .contains("<h4>8. <span dir=\"auto\">Finding title 6 for Acme Services LLC</span></h4>")
                .contains("<dt>Remediation</dt><dd dir=\"auto\">Add the missing element to the plan (3).</dd>")
                .contains("<dt>Rule</dt><dd><code>CTIP-PLAN-01.gap-0</code></dd>").doesNotContain("href=");
        assertThat(html.indexOf("id=\"severity-BLOCKER\"")).isLessThan(html.indexOf("id=\"severity-MAJOR\""))
                .isLessThan(html.indexOf("id=\"severity-MINOR\"")).isLessThan(html.indexOf("id=\"severity-INFO\""))
                .isLessThan(html.indexOf("id=\"severity-REVIEW\""));
    }

    @Test
    void checklistIsOneRowPerRequirementWithWhyAndEvidence() {
        String html = writer.write(ReportSamples.withFindings(3));

        assertThat(html).contains("<tr data-requirement=\"CTIP-PLAN-07\">")
                .contains("<td dir=\"auto\">Because Plan text</td>")
                .contains("<li><code dir=\"auto\">/compliancePlan/x = Plan text</code></li>");
        assertThat(html.split("<tr data-requirement=", -1)).hasSize(13);
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        EvaluationReport report = ReportSamples.withSupplyChain();

        assertThat(new HtmlReportWriter().write(report)).isEqualTo(writer.write(report));
    }

    @Test
    void ampersandsQuotesAndMarkupInNamesAreEscapedInTextAndAttributes() {
        String hostileId = "S-\"><script>alert(1)</script> & 'x'";
        SupplyChainSummary chain = ReportSamples.supplyChain();
        SupplyChainSummary hostileChain = new SupplyChainSummary(chain.source(), chain.format(), chain.rowsRead(),
                chain.rowsEvaluated(), chain.rowsRejected(), chain.lists(), chain.listFindings(), chain.findingsByRule(),
                chain.findingsBySeverity(), chain.rowsByRiskLevel(), chain.byCountry(), chain.byGood(), chain.byTier(),
                List.of(new SupplyChainSummary.SupplierRisk(2, hostileId, "Smith & Sons <b>Ltd</b>", "CN", 1,
                        RiskLevel.HIGH, 100, List.of("CTIP-SC-02.no-certification"))),
                chain.rejected(), 0, null, null, chain.rowsNotMatchedOnStaleLists());

        String html = writer.write(ReportSamples.withFindings(1).withSupplyChain(hostileChain));

        assertThat(html).contains("<tr data-supplier=\"S-&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;\">")
                .contains("<td dir=\"auto\">Smith &amp; Sons &lt;b&gt;Ltd&lt;/b&gt;</td>")
                .doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void hostileStringsAreEscapedAndRightToLeftTextIsMarked() {
        String html = writer.write(ReportSamples.hostile());

        assertThat(html).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains(ReportSamples.HEBREW).contains(ReportSamples.ARABIC).contains(ReportSamples.DIACRITICS)
                .contains("dir=\"auto\"").contains("overflow-wrap:anywhere");
    }

    @Test
    void reportWithNoFindingsSaysSo() {
        assertThat(writer.write(ReportSamples.withFindings(0))).contains("<h2 id=\"findings\">Findings (0)</h2>")
                .contains("<p>No findings.</p>").doesNotContain("id=\"severity-");
    }

    @Test
    void reportWithTenThousandFindingsHasEveryOne() {
        String html = writer.write(ReportSamples.withFindings(10_000));

        assertThat(html).contains("<h2 id=\"findings\">Findings (10000)</h2>").contains("<h4>10000. <span")
                .endsWith("</html>\n");
        assertThat(html.split("<article class=\"ctip-finding\"", -1)).hasSize(10_001);
    }

    @Test
    void supplyChainSectionHasItsTablesWithHeadersAndEscapedInternationalNames() {
        String html = writer.write(ReportSamples.withSupplyChain());

        assertThat(html).contains("<h2 id=\"supply-chain\">Supply chain</h2>")
                .contains("<dt>Rows read</dt><dd dir=\"auto\">12 = 10 evaluated + 2 rejected</dd>")
                .contains("<caption>Row findings by rule</caption>").contains("<th scope=\"col\">Rule</th>")
                .contains("<th scope=\"row\">CTIP-SC-04.uflpa-match</th><td>2</td>")
                .contains("<caption>By country (ISO 3166-1)</caption>").contains("<caption>By good</caption>")
                .contains("<caption>By tier</caption>").contains("<caption>Riskiest suppliers</caption>")
                .contains("<td dir=\"auto\">" + ReportSamples.CHINESE + "</td>")
                .contains("<td dir=\"auto\">" + ReportSamples.ARABIC + "</td>")
                .contains("<caption>Rejected rows (2)</caption>").contains("country &#39;Atlantis&#39; is not")
                .contains("<caption>Notices on the reference lists</caption>").contains("CTIP-SC-08.partial-list");
        assertThat(html).contains("<h2 id=\"reference-lists\">Reference lists used</h2>").contains("2025 TIP Report")
                .contains("additions 2024-08 to 2025-01 (15 of at least 144 entities)").contains("<td>2025-09-29</td>")
                .contains("<strong>STALE (older than 6 months on 2026-03-01); PARTIAL</strong>");
        assertThat(html.indexOf("id=\"supply-chain\"")).isLessThan(html.indexOf("id=\"reference-lists\""))
                .isLessThan(html.indexOf("id=\"rule-hits\""));
    }

    @Test
    void aReportWithoutListsOrSupplyChainHasNeitherSection() {
        String html = writer.write(ReportSamples.withFindings(1));

        assertThat(html).doesNotContain("id=\"supply-chain\"").doesNotContain("id=\"reference-lists\"");
    }
}
