package org.ctipcheck.report.pdf;

import static org.ctipcheck.report.pdf.PdfReportWriter.cell;
import static org.ctipcheck.report.pdf.PdfReportWriter.headerCells;
import static org.ctipcheck.report.pdf.PdfReportWriter.keyValueTable;
import static org.ctipcheck.report.pdf.PdfReportWriter.row;
import static org.ctipcheck.report.pdf.PdfReportWriter.severityCell;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.report.Labels;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/** The PDF's supply-chain section and its list of the reference-list editions used. */
final class SupplyChainPdf {
    private final Document document;
    private final PageDecorations pages;
    private final LocalDate evaluationDate;

    SupplyChainPdf(Document document, PageDecorations pages, LocalDate evaluationDate) {
        this.document = document;
        this.pages = pages;
        this.evaluationDate = evaluationDate;
    }

    void supplyChain(String title, SupplyChainSummary summary) throws DocumentException {
        heading(title);
        PdfPTable facts = keyValueTable(new float[] {1.6f, 4.4f});
        row(facts, "Attestation file", summary.source() + " (" + summary.format() + ")");
        row(facts, "Rows read", summary.rowsRead() + " = " + summary.rowsEvaluated() + " evaluated + "
                + summary.rowsRejected() + " rejected");
        row(facts, "Rows by risk level", counts(summary.rowsByRiskLevel()));
        row(facts, "Row findings", counts(summary.findingsBySeverity()));
        document.add(facts);

        if (!summary.listFindings().isEmpty()) {
            subheading("Notices on the reference lists");
            PdfPTable notices = table(new float[] {1.1f, 2.2f, 1.2f, 4.5f}, "Severity", "Rule", "List", "Notice");
            for (RowFinding finding : summary.listFindings()) {
                notices.addCell(severityCell(finding.severity().name()));
                notices.addCell(cell(finding.rule().id(), PdfFonts.BODY));
                notices.addCell(cell(finding.supplierId(), PdfFonts.BODY));
                notices.addCell(cell(finding.message(), PdfFonts.BODY));
            }
            document.add(notices);
        }

        subheading("Row findings by rule");
        PdfPTable rules = table(new float[] {5, 1}, "Rule", "Findings");
        summary.findingsByRule().forEach((rule, count) -> {
            rules.addCell(cell(rule, PdfFonts.BODY));
            rules.addCell(cell(Long.toString(count), PdfFonts.BODY));
        });
        document.add(rules);

        groups("By country (ISO 3166-1)", "Country", summary.byCountry());
        groups("By good", "Good", summary.byGood());
        groups("By TIP Report tier", "Tier", summary.byTier());

        subheading("Riskiest suppliers (" + summary.riskiestSuppliers().size() + ")");
        PdfPTable risky = table(new float[] {0.8f, 1.5f, 2.4f, 1.2f, 0.8f, 1.1f, 0.8f, 2.4f},
                "Line", "Supplier", "Name", "Country", "Tier", "Risk", "Score", "Rules");
        for (SupplyChainSummary.SupplierRisk risk : summary.riskiestSuppliers()) {
            risky.addCell(cell(Long.toString(risk.line()), PdfFonts.SMALL));
            risky.addCell(cell(risk.supplierId(), PdfFonts.SMALL));
            risky.addCell(cell(risk.supplierName(), PdfFonts.SMALL));
            risky.addCell(cell(risk.country(), PdfFonts.SMALL));
            risky.addCell(cell(risk.tier() == null ? "" : risk.tier().toString(), PdfFonts.SMALL));
            risky.addCell(cell(risk.riskLevel().name(), PdfFonts.SMALL_BOLD));
            risky.addCell(cell(Integer.toString(risk.score()), PdfFonts.SMALL));
            risky.addCell(cell(String.join(", ", risk.ruleIds()), PdfFonts.SMALL));
        }
        document.add(risky);

        if (summary.rowsRejected() > 0) {
            subheading("Rejected rows (" + summary.rowsRejected() + ")");
            PdfPTable rejected = table(new float[] {1, 7}, "Line", "Reason");
            for (SupplyChainSummary.Rejection rejection : summary.rejected()) {
                rejected.addCell(cell(Long.toString(rejection.line()), PdfFonts.SMALL));
                rejected.addCell(cell(rejection.reason(), PdfFonts.SMALL));
            }
            document.add(rejected);
            if (summary.rejectedNotListed() > 0) {
                document.add(note(summary.rejectedNotListed() + " more rejected rows are not listed here; all of them"
                        + " are in the per-row findings file when the check writes one."));
            }
        }
    }

    void referenceLists(String title, List<ReferenceListEdition> lists) throws DocumentException {
        heading(title);
        document.add(note("The public lists the rules and the supply-chain screen compared the submission with, and"
                + " whether each was current on the evaluation date (" + evaluationDate + ")."));
        PdfPTable table = table(new float[] {3.0f, 2.3f, 1.1f, 1.8f, 0.9f}, "List", "Edition", "As of", "Status",
                "Entries");
        for (ReferenceListEdition list : lists) {
            String flags = Labels.listFlags(list, evaluationDate);
            com.lowagie.text.Phrase name = PdfFonts.phrase(list.name(), PdfFonts.BODY);
            if (list.note() != null) {
                PdfFonts.append(name, "\n" + list.note(), PdfFonts.NOTE);
            }
            table.addCell(cell(name, com.lowagie.text.Rectangle.BOX));
            table.addCell(cell(list.edition(), PdfFonts.BODY));
            table.addCell(cell(list.asOf() == null ? "" : list.asOf().toString(), PdfFonts.BODY));
            table.addCell(cell(flags.isEmpty() ? "current" : flags, flags.isEmpty() ? PdfFonts.BODY : PdfFonts.BODY_BOLD));
            table.addCell(cell(Integer.toString(list.entries()), PdfFonts.BODY));
        }
        document.add(table);
    }

    private void groups(String title, String key, Map<String, SupplyChainSummary.GroupCount> groups)
            throws DocumentException {
        subheading(title);
        PdfPTable table = table(new float[] {3, 1, 1.4f, 1}, key, "Rows", "Rows with findings", "Findings");
        groups.forEach((name, count) -> {
            table.addCell(cell(name, PdfFonts.BODY));
            table.addCell(cell(Long.toString(count.rows()), PdfFonts.BODY));
            table.addCell(cell(Long.toString(count.rowsWithFindings()), PdfFonts.BODY));
            table.addCell(cell(Long.toString(count.findings()), PdfFonts.BODY));
        });
        document.add(table);
    }

    private static String counts(Map<?, Long> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, count) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ').append(count));
        return text.toString();
    }

    private static PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headerCells(table, headings);
        return table;
    }

    private void heading(String title) throws DocumentException {
        pages.addHeading(document, title);
    }

    private void subheading(String title) throws DocumentException {
        PageDecorations.addSubheading(document, title, 14);
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(PdfFonts.phrase(text, PdfFonts.NOTE));
        note.setSpacingBefore(4);
        note.setSpacingAfter(6);
        return note;
    }
}
