package org.ctipcheck.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DejaVu Sans regular and bold (Bitstream Vera licence, LICENSE-DejaVu.txt) for everything it has a glyph for
 * (Latin, Greek, Cyrillic, Hebrew, Arabic and more), and per user-perceived character a fallback font for the
 * rest ({@link FallbackFonts}: Hangul, Devanagari, Thai, Chinese and Japanese). All are shipped in
 * src/main/resources/fonts and embedded as subsets with Identity-H encoding. A fallback font is read only when a
 * report first holds a character of its script, and only the runs of text that need it are set in it, so
 * Latin-only reports stay as fast and small as before. A character no shipped font has is shown as a marker
 * naming its code points. Fonts are loaded once per JVM; BaseFont and the shared Font instances are never
 * modified, so documents may share them.
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
    /** One user-perceived character (Unicode extended grapheme cluster): a base with its marks, a flag, a ZWJ emoji. */
    private static final Pattern CLUSTER = Pattern.compile("\\X");

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

    /** Whether some character of the text has no DejaVu glyph (a Korean name, an emoji): a cheap scan for Latin. */
    static boolean needsFallback(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_UNCOVERED && !COVERED.get(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text as a phrase in {@code font}; runs DejaVu cannot show are set in a fallback font or marked instead. */
    static Phrase phrase(String text, Font font) {
        if (!needsFallback(text)) {
            return new Phrase(text, font);
        }
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        append(phrase, text, font);
        return phrase;
    }

    /**
     * Adds the text to the phrase as chunks in {@code font}, with a fallback font for the runs that need one. A
     * character no shipped font has (an emoji, a flag, a script not shipped) is shown as a visible marker naming
     * its code points, never dropped: a whole user-perceived character (an emoji ZWJ sequence, a flag) is one
     * marker. {@link #unrenderable} finds the same characters beforehand, for the report's note and the warning.
     */
    static void append(Phrase phrase, String text, Font font) {
        if (!needsFallback(text)) {
            phrase.add(new Chunk(text, font));
            return;
        }
        StringBuilder run = new StringBuilder();
        BaseFont runFont = font.getBaseFont();
        Matcher cluster = CLUSTER.matcher(text);
        while (cluster.find()) {
            String character = cluster.group();
            BaseFont base = fontFor(character);
            String shown = base == null ? marker(character) : character;
            BaseFont next = base == null || base == REGULAR ? font.getBaseFont() : base;
            if (next != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), like(font, runFont)));
                run.setLength(0);
            }
            runFont = next;
            run.append(shown);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), like(font, runFont)));
        }
    }

    /** The markers for the characters of {@code text} no shipped font can draw, in order of appearance. */
    static List<String> unrenderable(String text) {
        if (text == null || !needsFallback(text)) {
            return List.of();
        }
        List<String> markers = new ArrayList<>();
        Matcher cluster = CLUSTER.matcher(text);
        while (cluster.find()) {
            if (fontFor(cluster.group()) == null) {
                markers.add(marker(cluster.group()));
            }
        }
        return markers;
    }

    /**
     * The font that draws the whole user-perceived character: DejaVu when it has every visible code point of it,
     * else the fallback font of its first code point when that one has them all; null when none does.
     */
    private static BaseFont fontFor(String character) {
        int first = character.codePointAt(0);
        BaseFont font = covered(first) ? REGULAR : FallbackFonts.fontFor(first);
        if (font == null) {
            return null;
        }
        for (int i = Character.charCount(first); i < character.length(); ) {
            int codePoint = character.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!invisible(codePoint) && !(font == REGULAR ? covered(codePoint) : font.charExists(codePoint))) {
                return null;
            }
        }
        return font;
    }

    private static boolean covered(int codePoint) {
        return codePoint < FIRST_UNCOVERED || codePoint < 0x10000 && COVERED.get(codePoint);
    }

    /** Joiners, variation selectors and other format characters: they change a glyph but show none themselves. */
    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || codePoint >= 0xfe00 && codePoint <= 0xfe0f
                || codePoint >= 0xe0100 && codePoint <= 0xe01ef;
    }

    /** "[emoji U+1F1FA U+1F1F8]" for a flag, "[U+10900]" for a Phoenician letter: what was there, visibly. */
    static String marker(String character) {
        StringBuilder marker = new StringBuilder("[");
        if (character.codePoints().anyMatch(c -> c >= 0x1f000 && c <= 0x1faff)) {
            marker.append("emoji ");
        }
        character.codePoints().forEach(c -> marker.append(String.format(Locale.ROOT, "U+%04X ", c)));
        marker.setCharAt(marker.length() - 1, ']');
        return marker.toString();
    }

    /** {@code font}'s size and colour in {@code base}; a fallback font has no bold face, so bold is stroked. */
    private static Font like(Font font, BaseFont base) {
        if (base == font.getBaseFont()) {
            return font;
        }
        int style = font.getBaseFont() == BOLD ? Font.BOLD : Font.NORMAL;
        return new Font(base, font.getSize(), style, font.getColor());
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

    static BaseFont load(String resource) {
        return load(resource, resource.substring(resource.lastIndexOf('/') + 1));
    }

    /** Reads a shipped font; {@code name} is what OpenPDF knows it by (its type is told by the ".ttf" ending). */
    static BaseFont load(String resource, String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the build");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(name, BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
