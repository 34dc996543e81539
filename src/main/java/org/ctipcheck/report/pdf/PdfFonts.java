package org.ctipcheck.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans regular and bold, shipped in src/main/resources/fonts (Bitstream Vera licence, see
 * LICENSE-DejaVu.txt) and embedded as subsets with Identity-H encoding, so Latin with diacritics, Greek,
 * Cyrillic, Hebrew and Arabic render in any viewer. Loaded once per JVM; a BaseFont is safe to share
 * between documents.
 */
final class PdfFonts {
    static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
    static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    static final Color INK = new Color(0x11, 0x11, 0x11);
    static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

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
