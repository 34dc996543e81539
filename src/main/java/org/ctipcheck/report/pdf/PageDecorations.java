package org.ctipcheck.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.Map;

/**
 * What every page carries: a running header (document title and award), a footer with "Page X of Y"
 * (Y is a template filled in when the document closes), and an outline entry for each section heading.
 * It also draws the shaded title bars of findings (chunks tagged with {@link #fillTag}) and, on the pages a
 * list continues on, that list's column headings under the running header.
 */
final class PageDecorations extends PdfPageEventHelper {
    private static final float FOOTER_SIZE = 8;
    private static final String FILL = "fill:";
    /** The fill key of column headings. */
    static final String HEADINGS = "headings";

    private final Phrase header;
    private final Phrase footerLeft;
    private final Map<String, Color> fills;
    private PdfTemplate total;
    private String pendingBookmark;
    private ColumnHeadings headings;
    private int headingsFromPage;
    private int headingsToPage;
    private int filledPage;
    private float filledTop = Float.NaN;

    PageDecorations(String header, String footerLeft, Map<String, Color> fills) {
        this.header = PdfFonts.phrase(header, PdfFonts.regular(FOOTER_SIZE, PdfFonts.GREY));
        this.footerLeft = PdfFonts.phrase(footerLeft, PdfFonts.regular(FOOTER_SIZE, PdfFonts.GREY));
        this.fills = Map.copyOf(fills);
    }

    /** The next paragraph added starts a section: it gets an outline entry with this title. */
    void bookmarkNext(String title) {
        pendingBookmark = title;
    }

    /** Adds a section heading (navy, 15 pt) with its outline entry. */
    void addHeading(Document document, String title) throws com.lowagie.text.DocumentException {
        bookmarkNext(title);
        com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(title, PdfFonts.bold(15, PdfFonts.NAVY));
        heading.setSpacingAfter(10);
        document.add(heading);
    }

    /** Adds a subheading (navy, 11.5 pt, no outline entry) {@code before} points below the text above it. */
    static void addSubheading(Document document, String title, float before) throws com.lowagie.text.DocumentException {
        com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(title, PdfFonts.bold(11.5f, PdfFonts.NAVY));
        heading.setSpacingBefore(before);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** The generic tag that shades the whole width of the lines a chunk is on, in the colour for {@code key}. */
    static String fillTag(String key) {
        return FILL + key;
    }

    /** Column headings of a list laid out without a table: repeated under the running header of its next pages. */
    record ColumnHeadings(String[] titles, float[] offsets) {
    }

    /** From the next page on, repeat these headings. */
    void repeatHeadings(PdfWriter writer, ColumnHeadings columns) {
        headings = columns;
        headingsFromPage = writer.getPageNumber() + 1;
        headingsToPage = Integer.MAX_VALUE;
    }

    /** The list ends on this page: it is the last to repeat the headings on. */
    void stopHeadings(PdfWriter writer) {
        headingsToPage = writer.getPageNumber();
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, FOOTER_SIZE + 4);
    }

    @Override
    public void onParagraph(PdfWriter writer, Document document, float position) {
        if (pendingBookmark != null) {
            new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, position + 14),
                    pendingBookmark, true);
            pendingBookmark = null;
        }
    }

    /**
     * Shades the line behind a tagged chunk across the text width, under the text. A line split into several
     * chunks (a run in the fallback font) is shaded once.
     */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!text.startsWith(FILL)) {
            return;
        }
        float top = rect.getTop() + 3.5f;
        if (writer.getPageNumber() == filledPage && Math.abs(top - filledTop) < 0.5f) {
            return;
        }
        filledPage = writer.getPageNumber();
        filledTop = top;
        PdfContentByte under = writer.getDirectContentUnder();
        under.saveState();
        under.setColorFill(fills.getOrDefault(text.substring(FILL.length()), Color.LIGHT_GRAY));
        under.rectangle(document.left(), rect.getBottom() - 3.5f, document.right() - document.left(),
                top - rect.getBottom() + 3.5f);
        under.fill();
        under.restoreState();
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        if (writer.getPageNumber() > 1) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, header, left, page.getTop() - 30, 0);
            canvas.saveState();
            canvas.setLineWidth(0.5f);
            canvas.setColorStroke(PdfFonts.GREY);
            canvas.moveTo(left, page.getTop() - 34);
            canvas.lineTo(right, page.getTop() - 34);
            canvas.stroke();
            canvas.restoreState();
        }
        if (headings != null && writer.getPageNumber() >= headingsFromPage && writer.getPageNumber() <= headingsToPage) {
            canvas.saveState();
            canvas.setColorFill(fills.get(HEADINGS));
            canvas.rectangle(left, page.getTop() - 53.5f, right - left, 13);
            canvas.fill();
            canvas.restoreState();
            canvas.beginText();
            canvas.setFontAndSize(PdfFonts.BOLD, 8);
            canvas.setColorFill(PdfFonts.INK);
            for (int i = 0; i < headings.titles().length; i++) {
                canvas.showTextAligned(Element.ALIGN_LEFT, headings.titles()[i], left + headings.offsets()[i],
                        page.getTop() - 50, 0);
            }
            canvas.endText();
        }
        float y = page.getBottom() + 28;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, footerLeft, left, y, 0);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float width = PdfFonts.REGULAR.getWidthPoint(pageText, FOOTER_SIZE);
        float totalX = right - 28;
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.REGULAR, FOOTER_SIZE);
        canvas.setColorFill(PdfFonts.GREY);
        canvas.showTextAligned(Element.ALIGN_LEFT, pageText, totalX - width, y, 0);
        canvas.endText();
        canvas.addTemplate(total, totalX, y - 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(PdfFonts.REGULAR, FOOTER_SIZE);
        total.setColorFill(PdfFonts.GREY);
        total.showTextAligned(Element.ALIGN_LEFT, Integer.toString(writer.getPageNumber() - 1), 0, 2, 0);
        total.endText();
    }
}
