package org.ctipcheck.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;

/**
 * The fonts for the characters DejaVu Sans has no glyph for, each read from src/main/resources/fonts only when a
 * report first holds a character of its script: Noto Sans CJK KR (Hangul subset), Noto Sans Devanagari and Noto
 * Sans Thai (SIL Open Font License, LICENSE-Noto.txt), and Droid Sans Fallback (Apache-2.0) for Chinese, Japanese
 * and whatever else it has. None has a bold face: bold is drawn by stroking.
 *
 * <p>Devanagari needs shaping (conjuncts, vowel signs drawn before their consonant). OpenPDF does it through its
 * {@link LayoutProcessor} (java.awt's OpenType layout), a JVM-wide switch that applies to every font created after
 * it is turned on and must find each such font again by name. So the other fallback fonts are created first,
 * never after it, and only the Devanagari font is laid out that way: DejaVu, Hangul, Thai and CJK text keep
 * OpenPDF's own character-by-character layout (Thai marks use the font's default positions; Arabic is shaped by
 * OpenPDF's bidi layout in the cells that hold it).
 */
final class FallbackFonts {
    private FallbackFonts() {
    }

    /** The fallback font that draws {@code codePoint}, or null when no shipped font has a glyph for it. */
    static BaseFont fontFor(int codePoint) {
        BaseFont font = switch (Character.UnicodeScript.of(codePoint)) {
            case HANGUL -> Hangul.FONT;
            case DEVANAGARI -> Devanagari.FONT;
            case THAI -> Thai.FONT;
            default -> Cjk.FONT;
        };
        return font.charExists(codePoint) ? font : null;
    }

    private static final class Hangul {
        static final BaseFont FONT = PdfFonts.load("/fonts/NotoSansKR-Hangul.ttf");
    }

    private static final class Thai {
        static final BaseFont FONT = PdfFonts.load("/fonts/NotoSansThai-Regular.ttf");
    }

    private static final class Cjk {
        static final BaseFont FONT = PdfFonts.load("/fonts/DroidSansFallbackFull.ttf");
    }

    private static final class Devanagari {
        static final BaseFont FONT = shaped("/fonts/NotoSansDevanagari-Regular.ttf");

        /** Created last: every font OpenPDF creates once the layout processor is on must be loadable by name. */
        private static BaseFont shaped(String resource) {
            if (Hangul.FONT == null || Thai.FONT == null || Cjk.FONT == null) {
                throw new IllegalStateException("fallback fonts missing");
            }
            synchronized (LayoutProcessor.class) {
                if (!LayoutProcessor.isEnabled()) {
                    LayoutProcessor.enable();
                }
                // the name (a class-path resource without its leading slash) is how the processor reads the font
                return PdfFonts.load(resource, resource.substring(1));
            }
        }
    }
}
