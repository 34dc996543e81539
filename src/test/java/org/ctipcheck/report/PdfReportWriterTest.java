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
    void coverAndEveryFooterNameTheAuditLogRecordWhenTheEvaluationWasRecorded() {
        String head = "0123456789abcdef".repeat(4);
        byte[] pdf = new PdfReportWriter().write(sample.withAudit(
                new EvaluationReport.AuditInfo("5f0c8a1e-2b7d-4c11-9a3e-7d2b6c9e4f10", 42, head)));

        String cover = PdfChecks.pages(pdf).get(0).replaceAll("\\s+", "");
        assertThat(cover).contains("Auditlogevaluation5f0c8a1e-2b7d-4c11-9a3e-7d2b6c9e4f10(#42)")
                .contains("Auditchainhead" + head);
        assertThat(PdfChecks.pages(samplePdf).get(0)).doesNotContain("Audit log");
        // a page that comes loose from the report still names the record (ctip audit show 42)
        assertThat(PdfChecks.pages(pdf)).allSatisfy(page -> assertThat(page).contains("audit record #42 (5f0c8a1e\u2026)"));
    }

    @Test
    void summaryCountsFindingsBySeverityAndGivesThePlanDecisionWithItsReason() {
        String summary = PdfChecks.pages(samplePdf).get(1);

        assertThat(summary).contains("1. Summary").contains("BLOCKER 0").contains("MAJOR 2").contains("MINOR 0")
                .contains("Compliance plan required").contains(sample.result().planDecision().reason().substring(0, 40))
                .contains("$550,000");
    }

    @Test
    void everyFindingShowsSeverityCitationMessageEvidenceAndRemediation() {
        String text = PdfChecks.text(samplePdf).replaceAll("\\s+", " ");

        assertThat(text).contains("2. Requirements checklist").contains("3. Findings (" + sample.result().findings().size() + ")")
                .contains("Finding 1 · MAJOR · The fee ban leaves out a way of paying that the FAR definition")
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
                "3. Findings (" + sample.result().findings().size() + ")", "4. Reference lists used",
                "Appendix A. Rule hits (" + sample.result().ruleHits().size() + ")");
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
                    assertThat(font.getName()).as("Latin-only report: DejaVu only, no fallback font")
                            .contains("DejaVuSans");
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

    @Test
    void theReferenceListEditionsTheRulesReadAreListedWithDateAndStaleness() {
        String text = PdfChecks.text(samplePdf).replaceAll("\\s+", " ");

        assertThat(sample.referenceLists()).extracting(org.ctipcheck.submission.ReferenceListEdition::id)
                .containsExactly("eo13126");
        assertThat(text).contains("4. Reference lists used").contains("E.O. 13126 List of Products")
                .contains("2019-03-25").contains("STALE (older than 24 months on 2026-03-01)"); // not partial: the whole List as of its date
    }

    @Test
    void supplyChainSectionHasCountsRiskiestSuppliersRejectedRowsAndListEditions() {
        byte[] pdf = new PdfReportWriter().write(ReportSamples.withSupplyChain());

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(PdfChecks.outline(pdf)).containsExactly("Cover", "1. Summary", "2. Requirements checklist",
                "3. Findings (5)", "4. Supply chain", "5. Reference lists used", "Appendix A. Rule hits (5)");
        assertThat(text).contains("4. Supply chain").contains("suppliers.csv (csv)")
                .contains("Rows read 12 = 10 evaluated + 2 rejected")
                .contains("Row findings by rule").contains("CTIP-SC-04.uflpa-match 2")
                .contains("By country (ISO 3166-1)").contains("CN 5 4 6").contains("By good").contains("garments")
                .contains("By TIP Report tier").contains("Riskiest suppliers (4)").contains("S-001")
                .contains("CRITICAL 1100").contains("Rejected rows (2)").contains("country 'Atlantis' is not")
                .contains("Notices on the reference lists").contains("CTIP-SC-08.partial-list")
                .contains("2025 TIP Report").contains("2025-09-29")
                .contains("additions 2024-08 to 2025-01 (15 of at least 144 entities)").contains("PARTIAL")
                .contains("E.O. 13126 List of Products");
        PdfChecks.passesQpdfCheck(pdf);
    }

    @Test
    void chineseAndJapaneseNamesRenderInTheEmbeddedFallbackFont() throws IOException {
        byte[] pdf = new PdfReportWriter().write(ReportSamples.eastAsian());

        String text = PdfChecks.text(pdf);
        assertThat(text).contains(ReportSamples.CHINESE).contains(ReportSamples.JAPANESE);
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertThat(fonts).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback");
        PdfChecks.passesQpdfCheck(pdf);
    }

    @Test
    void fallbackFontIsEmbeddedAsASubsetOnlyWhereNeeded() {
        byte[] latin = new PdfReportWriter().write(ReportSamples.withFindings(3));
        byte[] eastAsian = new PdfReportWriter().write(ReportSamples.eastAsian());

        assertThat(new String(latin, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("DroidSans");
        // the whole font is 4 MB: a subset of a few dozen glyphs is a small part of it
        assertThat(eastAsian.length - latin.length).isLessThan(400_000);
    }

    @Test
    void arabicAndHebrewSuppliersAndCjkTogetherRender() {
        EvaluationReport report = ReportSamples.hostile().withSupplyChain(ReportSamples.supplyChain());
        byte[] pdf = new PdfReportWriter().write(report);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains(ReportSamples.CHINESE).contains(ReportSamples.JAPANESE);
        assertThat(text).containsAnyOf(ReportSamples.ARABIC, new StringBuilder(ReportSamples.ARABIC).reverse().toString());
        assertThat(text).containsAnyOf(ReportSamples.HEBREW, new StringBuilder(ReportSamples.HEBREW).reverse().toString());
        PdfChecks.passesQpdfCheck(pdf);
    }

    @Test
    void ruleHitColumnHeadingsRepeatOnEveryPageOfTheAppendix() {
        byte[] pdf = new PdfReportWriter().write(ReportSamples.withFindings(400));

        int count = PdfChecks.pageCount(pdf);
        List<String> last = PdfChecks.pages(pdf, count - 1, count);
        for (String page : last) {
            assertThat(page).contains("Facts matched").contains("Outcome");
        }
    }

    @Test
    void aRuleIdTooLongForItsColumnPutsOutcomeAndFactsOnTheNextLine() {
        EvaluationReport base = ReportSamples.withFindings(2);
        String longRule = "CTIP-PLAN-05b." + "very-long-rule-name-".repeat(8) + "end";
        java.util.List<org.ctipcheck.findings.RuleHit> hits = java.util.List.of(
                new org.ctipcheck.findings.RuleHit(1, "CTIP-PLAN-01.met", "CTIP-PLAN-01", "MET", java.util.List.of("/a")),
                new org.ctipcheck.findings.RuleHit(2, longRule, "CTIP-PLAN-05b", "NOT_MET", java.util.List.of("/b/c")));
        org.ctipcheck.findings.EvaluationResult result = base.result();
        EvaluationReport report = new EvaluationReport(base.tool(), base.generatedAt(), base.submission(), base.ruleset(),
                new org.ctipcheck.findings.EvaluationResult(result.evaluationDate(), result.determination(),
                        result.planDecision(), result.checklist(), result.findings(), hits));

        byte[] pdf = new PdfReportWriter().write(report);

        String text = PdfChecks.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(longRule).contains("NOT_MET·/b/c").contains("CTIP-PLAN-01.metMET/a");
        PdfChecks.passesQpdfCheck(pdf);
    }
}
