package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ctipcheck.report.pdf.PdfReportWriter;
import org.ctipcheck.report.pdf.UnrenderableText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF renders every script the README promises, or says what it could not (issue 12, item 7): Korean, Hindi,
 * Thai and Arabic in the organization name and the plan text render in embedded fonts; emoji, ZWJ sequences and
 * flags, which no embedded font has, appear as visible markers, named on the cover and in a warning.
 */
class PdfScriptsTest {
    private static EvaluationReport report;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        report = ReportSamples.manyScripts();
        pdf = new PdfReportWriter().write(report);
    }

    @Test
    void koreanHindiThaiAndArabicComeBackFromTheTextLayer() {
        String text = nfkc(PdfChecks.pdftotext(pdf));

        assertThat(text).contains(ReportSamples.KOREAN).contains(ReportSamples.HINDI_PLAIN);
        // Thai: SARA AM comes back as its two parts (NIKHAHIT + SARA AA), its compatibility decomposition
        assertThat(text).contains(nfkc(ReportSamples.THAI));
        // Arabic is drawn in its shaped presentation forms, which NFKC maps back to the letters
        String arabic = nfkc(ReportSamples.ARABIC);
        assertThat(text).containsAnyOf(arabic, new StringBuilder(arabic).reverse().toString());
        PdfChecks.passesQpdfCheck(pdf);
    }

    @Test
    void eachScriptIsSetInItsEmbeddedNotoFont() {
        String fonts = PdfChecks.pdffonts(pdf);

        assertThat(fonts).contains("+NotoSansCJKkr-Regular").contains("+NotoSansDevanagari-Regular")
                .contains("+NotoSansThai-Regular").contains("+DejaVuSans ");
        for (String line : fonts.lines().skip(2).toList()) {
            assertThat(line).as("embedded, subset, with a ToUnicode map: %s", line).matches(".*\\byes yes yes\\b.*");
        }
    }

    /** Devanagari is shaped: the conjunct of "नमस्ते" is drawn as the font's ligature glyph, as java.awt lays it out. */
    @Test
    void devanagariIsShapedWithConjunctsAndVowelSignsInPlace() throws Exception {
        String word = ReportSamples.HINDI.substring(0, ReportSamples.HINDI.indexOf(' '));
        List<Integer> shaped = shapedGlyphs(word);

        List<Integer> drawn = glyphsDrawnIn("NotoSansDevanagari");

        assertThat(shaped).hasSizeLessThan(word.length());
        assertThat(Collections.indexOfSubList(drawn, shaped)).as("shaped glyphs %s among %s", shaped, drawn)
                .isNotNegative();
    }

    @Test
    void emojiZwjSequencesAndFlagsAppearAsMarkersNamedOnTheCover() {
        String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("[emoji U+1F600]").contains("[emoji U+1F468 U+200D U+1F469 U+200D U+1F467]")
                .contains("[emoji U+1F1FA U+1F1F8]");
        String cover = PdfChecks.pages(pdf, 1, 1).get(0).replaceAll("\\s+", " ");
        assertThat(cover).contains("Characters not rendered: this report shows 3 distinct characters")
                .contains("as a marker naming its Unicode code points: [emoji U+1F468 U+200D U+1F469 U+200D U+1F467],"
                        + " [emoji U+1F600], [emoji U+1F1FA U+1F1F8].");
        PdfChecks.passesQpdfCheck(pdf);
    }

    @Test
    void theWarningNamesWhatThePdfCouldNotDrawAndIsAbsentWhenEverythingRenders() {
        assertThat(UnrenderableText.warning(report)).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("the PDF shows 3 distinct characters that no embedded font has")
                .contains("[emoji U+1F468 U+200D U+1F469 U+200D U+1F467]"));
        assertThat(UnrenderableText.warning(ReportSamples.eastAsian())).isEmpty();
        assertThat(UnrenderableText.warning(ReportSamples.hostile())).isEmpty();
    }

    @Test
    void aReportWithoutSuchCharactersHasNoNote() {
        byte[] eastAsian = new PdfReportWriter().write(ReportSamples.eastAsian());

        assertThat(PdfChecks.text(eastAsian)).doesNotContain("Characters not rendered").doesNotContain("[U+");
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The glyph ids java.awt's OpenType layout gives the word in the shipped Devanagari font. */
    private static List<Integer> shapedGlyphs(String word) throws Exception {
        try (InputStream in = PdfScriptsTest.class.getResourceAsStream("/fonts/NotoSansDevanagari-Regular.ttf")) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(12f);
            char[] chars = word.toCharArray();
            GlyphVector vector = font.layoutGlyphVector(new FontRenderContext(new AffineTransform(), false, true),
                    chars, 0, chars.length, java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
            List<Integer> glyphs = new ArrayList<>();
            for (int code : vector.getGlyphCodes(0, vector.getNumGlyphs(), null)) {
                glyphs.add(code);
            }
            return glyphs;
        }
    }

    /** The character codes (glyph ids, with Identity-H) the PDF draws in the font named {@code font}, in order. */
    private static List<Integer> glyphsDrawnIn(String font) throws IOException {
        List<Integer> codes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getFont().getName().contains(font)) {
                        for (int code : text.getCharacterCodes()) {
                            codes.add(code);
                        }
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        return codes;
    }
}
