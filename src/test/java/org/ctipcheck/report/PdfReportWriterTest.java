package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.ctipcheck.report.pdf.PdfReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {
    private static EvaluationReport sample;
    private static byte[] samplePdf;

    @BeforeAll
    static void renderSample() {
        sample = ReportSamples.sample(ReportSamples.SAMPLE_10);
        samplePdf = new PdfReportWriter().write(sample);
    }

    @Test
    void coverIdentifiesTheAwardTheDeterminationAndWhatWasEvaluated() {
        String cover = PdfChecks.pages(samplePdf).get(0);

        assertThat(cover).contains("C-TIP Compliance Findings Report").contains("NWA-DLA-23-S-0114")
                .contains("Dhaka Apex Garments Ltd.").contains("Determination: NON-COMPLIANT")
                .contains("Evaluated as of").contains("2026-03-01")
                .contains(sample.submission().sha256()).contains(sample.ruleset().sha256());
    }

    @Test
    void summaryCountsFindingsBySeverityAndGivesThePlanDecisionWithItsReason() {
        String summary = PdfChecks.pages(samplePdf).get(1);

        assertThat(summary).contains("1. Summary").contains("BLOCKER 0").contains("MAJOR 2").contains("MINOR 2")
                .contains("Compliance plan required").contains(sample.result().planDecision().reason().substring(0, 40))
                .contains("$550,000");
    }

    @Test
    void everyFindingShowsSeverityCitationMessageEvidenceAndRemediation() {
        String text = PdfChecks.text(samplePdf).replaceAll("\\s+", " ");

        assertThat(text).contains("2. Requirements checklist").contains("3. Findings (" + sample.result().findings().size() + ")")
                .contains("Finding 1 · MAJOR · The fee ban is narrower than the FAR definition")
                .contains("FAR 52.222-50(h)(3)(iii)").contains("Remediation").contains("Evidence")
                .contains("/certifications/1/statements/coversAgents = false")
                .contains("Appendix A. Rule hits");
    }

    @Test
    void everyPageSaysPageXOfY() {
        List<String> pages = PdfChecks.pages(samplePdf);

        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void outlineHasAnEntryPerSection() {
        assertThat(PdfChecks.outline(samplePdf)).containsExactly("Cover", "1. Summary", "2. Requirements checklist",
                "3. Findings (" + sample.result().findings().size() + ")", "Appendix A. Rule hits (" + sample.result().ruleHits().size() + ")");
    }

    @Test
    void documentCarriesTitleSubjectAuthorAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(samplePdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("C-TIP compliance findings: award NWA-DLA-23-S-0114");
            assertThat(info.getSubject()).contains("FAR 52.222-50").contains("Dhaka Apex Garments Ltd.");
            assertThat(info.getAuthor()).startsWith("ctip-check");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(samplePdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void sampleReportPassesQpdfCheck() {
        PdfChecks.passesQpdfCheck(samplePdf);
    }

    @Test
    void reportWithNoFindingsSaysSoAndPassesQpdfCheck() {
        byte[] pdf = new PdfReportWriter().write(ReportSamples.withFindings(0));

        assertThat(PdfChecks.text(pdf)).contains("3. Findings (0)").contains("No findings")
                .contains("Determination: COMPLIANT");
        PdfChecks.passesQpdfCheck(pdf);
    }

    @Test
    void reportWithTenThousandFindingsRendersEveryOneAndPassesQpdfCheck() {
        byte[] pdf = new PdfReportWriter().write(ReportSamples.withFindings(10_000));

        int count = PdfChecks.pageCount(pdf);
        assertThat(count).isGreaterThan(1000);
        assertThat(String.join("\n", PdfChecks.pages(pdf, 3, 5))).contains("3. Findings (10000)");
        String last = String.join("\n", PdfChecks.pages(pdf, count - 1, count)).replaceAll("\\s+", " ");
        assertThat(last).contains("10000 CTIP-PLAN-04.gap-9999").contains("Page " + count + " of " + count);
        PdfChecks.passesQpdfCheck(pdf);
    }

    @Test
    void hostileStringsRenderAsTextWithDiacriticsAndRightToLeftScripts() {
        byte[] pdf = new PdfReportWriter().write(ReportSamples.hostile());

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("<script>alert('x')</script>").contains("Nguyễn Thị Ánh").contains("Łódź");
        assertThat(text.replaceAll("\\s+", "")).contains(ReportSamples.LONG_WORD.substring(0, 60));
        assertThat(text).containsAnyOf(ReportSamples.HEBREW, new StringBuilder(ReportSamples.HEBREW).reverse().toString());
        PdfChecks.passesQpdfCheck(pdf);
    }
}
