package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

        assertThat(html).contains("<span class=\"sev sev-MAJOR\">MAJOR</span>")
                .contains("<span class=\"sev sev-MINOR\">MINOR</span>");
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
        assertThat(writer.write(ReportSamples.withFindings(0))).contains("Findings (0)").contains("No findings.");
    }

    @Test
    void reportWithTenThousandFindingsHasEveryOne() {
        String html = writer.write(ReportSamples.withFindings(10_000));

        assertThat(html).contains("Findings (10000)").contains("10000. <span").endsWith("</html>\n");
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
