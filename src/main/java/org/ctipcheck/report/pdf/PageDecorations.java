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

/**
 * What every page carries: a running header (document title and award), a footer with "Page X of Y"
 * (Y is a template filled in when the document closes), and an outline entry for each section heading.
 */
final class PageDecorations extends PdfPageEventHelper {
    private static final float FOOTER_SIZE = 8;

    private final String header;
    private final String footerLeft;
    private PdfTemplate total;
    private String pendingBookmark;

    PageDecorations(String header, String footerLeft) {
        this.header = header;
        this.footerLeft = footerLeft;
    }

    /** The next paragraph added starts a section: it gets an outline entry with this title. */
    void bookmarkNext(String title) {
        pendingBookmark = title;
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

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        if (writer.getPageNumber() > 1) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(header, PdfFonts.regular(FOOTER_SIZE, PdfFonts.GREY)), left, page.getTop() - 30, 0);
            canvas.saveState();
            canvas.setLineWidth(0.5f);
            canvas.setColorStroke(PdfFonts.GREY);
            canvas.moveTo(left, page.getTop() - 34);
            canvas.lineTo(right, page.getTop() - 34);
            canvas.stroke();
            canvas.restoreState();
        }
        float y = page.getBottom() + 28;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(footerLeft, PdfFonts.regular(FOOTER_SIZE, PdfFonts.GREY)), left, y, 0);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float width = PdfFonts.REGULAR.getWidthPoint(pageText, FOOTER_SIZE);
        float totalX = right - 28;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(pageText, PdfFonts.regular(FOOTER_SIZE, PdfFonts.GREY)), totalX - width, y, 0);
        canvas.addTemplate(total, totalX, y - 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(Integer.toString(writer.getPageNumber() - 1), PdfFonts.regular(FOOTER_SIZE, PdfFonts.GREY)),
                0, 2, 0);
    }
}
