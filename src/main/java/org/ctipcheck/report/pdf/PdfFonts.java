package org.ctipcheck.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * DejaVu Sans regular and bold (Bitstream Vera licence, LICENSE-DejaVu.txt) for everything, and Droid Sans
 * Fallback (Apache-2.0, LICENSE-DroidSansFallback.txt) for the characters DejaVu lacks: Chinese, Japanese and
 * Korean. All are shipped in src/main/resources/fonts and embedded as subsets with Identity-H encoding. The
 * fallback font (4 MB) is read only when a report first holds such a character, and only the runs of text
 * that need it are set in it, so Latin-only reports stay as fast and small as before. Fonts are loaded once
 * per JVM; BaseFont and the shared Font instances are never modified, so documents may share them.
 */
final class PdfFonts {
    static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
    static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    static final Color INK = new Color(0x11, 0x11, 0x11);
    static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    /** Below this, DejaVu covers every character a report can hold (Latin, Greek, Cyrillic, Armenian). */
    private static final char FIRST_UNCOVERED = '\u0530';
    /** Which characters from {@link #FIRST_UNCOVERED} on DejaVu Sans (regular and bold) has a glyph for. */
    private static final BitSet COVERED = coverage();

    static final Font BODY = regular(9);
    static final Font BODY_BOLD = bold(9);
    static final Font SMALL = regular(8);
    static final Font SMALL_BOLD = bold(8);
    static final Font NOTE = regular(8.5f, GREY);

    private PdfFonts() {
    }

    static Font regular(float size) {
        return new Font(REGULAR, size, Font.NORMAL, INK);
    }

    static Font bold(float size) {
        return new Font(BOLD, size, Font.NORMAL, INK);
    }

    static Font bold(float size, Color color) {
        return new Font(BOLD, size, Font.NORMAL, color);
    }

    static Font regular(float size, Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    /** Whether some character of the text has no DejaVu glyph (a CJK name, say): a cheap scan, no lookups for Latin. */
    static boolean needsFallback(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_UNCOVERED && !COVERED.get(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text as a phrase in {@code font}; runs DejaVu cannot show are set in the fallback font instead. */
    static Phrase phrase(String text, Font font) {
        if (!needsFallback(text)) {
            return new Phrase(text, font);
        }
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        append(phrase, text, font);
        return phrase;
    }

    /** Adds the text to the phrase as chunks in {@code font}, with the fallback font for the runs that need it. */
    static void append(Phrase phrase, String text, Font font) {
        if (!needsFallback(text)) {
            phrase.add(new Chunk(text, font));
            return;
        }
        Font fallback = Fallback.like(font);
        int start = 0;
        boolean inFallback = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean needs = c >= FIRST_UNCOVERED && !COVERED.get(c) && !Character.isLowSurrogate(c)
                    && Fallback.FONT.charExists(Character.isHighSurrogate(c) ? text.codePointAt(i) : c);
            if (Character.isLowSurrogate(c)) {
                needs = inFallback;
            }
            if (needs != inFallback && i > start) {
                phrase.add(new Chunk(text.substring(start, i), inFallback ? fallback : font));
                start = i;
            }
            inFallback = needs;
        }
        phrase.add(new Chunk(text.substring(start), inFallback ? fallback : font));
    }

    /** The CJK-capable font, read on first use. */
    private static final class Fallback {
        static final BaseFont FONT = load("/fonts/DroidSansFallbackFull.ttf");

        /** The fallback in the same size and colour; it has no bold face, so bold is drawn by stroking. */
        static Font like(Font font) {
            int style = font.getBaseFont() == BOLD ? Font.BOLD : Font.NORMAL;
            return new Font(FONT, font.getSize(), style, font.getColor());
        }
    }

    private static BitSet coverage() {
        BitSet covered = new BitSet(0x10000);
        for (int c = FIRST_UNCOVERED; c < 0x10000; c++) {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                continue;
            }
            if (REGULAR.charExists(c) && BOLD.charExists(c)) {
                covered.set(c);
            }
        }
        return covered;
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the build");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
