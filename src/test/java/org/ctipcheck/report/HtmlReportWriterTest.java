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
}
