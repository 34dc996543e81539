package org.ctipcheck.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.JsonReport;
import org.ctipcheck.report.Labels;
import org.ctipcheck.report.ReportStamps;
import org.ctipcheck.submission.Evidence;

/**
 * The findings report as a PDF a contracting officer can file (US Letter): a cover identifying the award,
 * the determination and the fingerprints; a one-page summary; the requirements checklist; each finding;
 * the supply-chain screen (with --supply-chain); the reference-list editions used; an appendix of rule hits.
 * Every page has a running header and "Page X of Y"; each section has an outline entry; the document carries
 * title, subject, author and language. Severity is always printed as a word, the shading only repeats it.
 */
public final class PdfReportWriter {
    /** Checklist rows are handed to the document in batches so a long table never sits whole in memory. */
    private static final int FLUSH_EVERY = 100;

    static final Color HEADER_FILL = new Color(0xe8, 0xed, 0xf3);
    private static final Color RULE_LINE = new Color(0x99, 0x99, 0x99);
    private static final Map<String, Color> FILLS = Map.of("BLOCKER", fill("BLOCKER"), "MAJOR", fill("MAJOR"),
            "MINOR", fill("MINOR"), "INFO", fill("INFO"), "REVIEW", fill("REVIEW"), PageDecorations.HEADINGS, HEADER_FILL);
    private static final Font FACTS = PdfFonts.regular(7.5f, PdfFonts.GREY);

    /** Layout of a finding set as paragraphs: label column, text padding, line leading, title bar height. */
    private static final float LABEL_WIDTH = 78;
    private static final float PAD = 4;
    private static final float ROW_LEADING = 11;
    private static final float TITLE_SPACING = 9 + 4;
    private static final float VALUE_WIDTH = 504 - LABEL_WIDTH - 2 * PAD;

    public byte[] write(EvaluationReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024 + 600 * report.result().findings().size());
        write(report, bytes);
        return bytes.toByteArray();
    }

    /** Streams the PDF to {@code bytes}; pages are written as they fill, so memory does not grow with the file. */
    public void write(EvaluationReport report, java.io.OutputStream bytes) {
        Document document = new Document(PageSize.LETTER, 54, 54, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-US"));
            PageDecorations pages = new PageDecorations(clip(Labels.title(report), 90),
                    "Award " + clip(report.submission().awardId(), 32) + " \u00b7 evaluated as of "
                            + report.result().evaluationDate() + " \u00b7 " + footerIdentity(report), FILLS);
            writer.setPageEvent(pages);
            document.addTitle(Labels.title(report));
            document.addSubject("Evaluation of a C-TIP submission (FAR 52.222-50 and 52.222-56) for "
                    + report.submission().organization());
            document.addAuthor(report.tool().name() + " " + report.tool().version());
            document.addCreator(report.tool().name() + " " + report.tool().version());
            document.addKeywords("C-TIP, FAR 52.222-50, FAR 52.222-56, combating trafficking in persons, "
                    + report.submission().awardId());
            document.setDocumentLanguage("en-US");
            if (report.audit() != null) {
                // the audit stamp as custom info-dictionary keys, so that a filed PDF can serve as a witness
                // (ctip audit verify --witness) without reading the cover's text
                document.addHeader(ReportStamps.PDF_EVALUATION_ID, report.audit().evaluationId());
                document.addHeader(ReportStamps.PDF_SEQUENCE, Long.toString(report.audit().sequence()));
                document.addHeader(ReportStamps.PDF_CHAIN_HEAD, report.audit().chainHead());
            }
            document.open();
            new Sections(document, writer, pages, report).all();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the PDF report: " + e.getMessage(), e);
        }
    }

    private static String money(java.math.BigDecimal amount) {
        return new java.text.DecimalFormat("$#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US))
                .format(amount);
    }

    /** Running headers and footers hold one line: long submitted values are cut with an ellipsis. */
    private static String clip(String text, int max) {
        String value = nz(text).replaceAll("\\s+", " ");
        return value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
    }

    /** What a loose page is matched by: its audit-log record (ctip audit show N), else the submission's hash. */
    private static String footerIdentity(EvaluationReport report) {
        if (report.audit() != null) {
            return "audit record #" + report.audit().sequence() + " (" + clip(report.audit().evaluationId(), 9) + ")"
                    + (report.audit().isUnverifiedCopy() ? " - UNVERIFIED COPY" : "");
        }
        return "submission SHA-256 " + shortHash(report.submission().sha256());
    }

    private static String shortHash(String sha256) {
        return sha256 == null || sha256.length() < 16 ? String.valueOf(sha256) : sha256.substring(0, 12) + "\u2026";
    }

    /** The document's sections, in order, for one report. */
    private static final class Sections {
        private final Document document;
        private final PdfWriter writer;
        private final PageDecorations pages;
        private final EvaluationReport report;
        private final EvaluationResult result;

        Sections(Document document, PdfWriter writer, PageDecorations pages, EvaluationReport report) {
            this.document = document;
            this.writer = writer;
            this.pages = pages;
            this.report = report;
            this.result = report.result();
        }

        void all() throws DocumentException {
            cover();
            document.newPage();
            summary();
            document.newPage();
            checklist();
            document.newPage();
            findings();
            int section = 4;
            if (report.supplyChain() != null) {
                document.newPage();
                new SupplyChainPdf(document, pages, result.evaluationDate())
                        .supplyChain(section++ + ". Supply chain", report.supplyChain());
            }
            if (!report.referenceListsUsed().isEmpty()) {
                document.newPage();
                new SupplyChainPdf(document, pages, result.evaluationDate())
                        .referenceLists(section + ". Reference lists used", report.referenceListsUsed());
            }
            document.newPage();
            ruleHits();
        }

        private void cover() throws DocumentException {
            EvaluationReport.SubmissionInfo submission = report.submission();
            pages.bookmarkNext("Cover");
            Paragraph agency = new Paragraph("Combating Trafficking in Persons \u00b7 FAR 52.222-50 / 52.222-56",
                    PdfFonts.regular(10, PdfFonts.GREY));
            document.add(agency);
            Paragraph title = new Paragraph("C-TIP Compliance Findings Report", PdfFonts.bold(22, PdfFonts.NAVY));
            title.setSpacingBefore(70);
            title.setSpacingAfter(6);
            document.add(title);
            PdfPTable award = keyValueTable(new float[] {1});
            PdfPCell awardCell = cell(PdfFonts.phrase("Award " + nz(submission.awardId()) + " \u2014 "
                    + nz(submission.organization()), PdfFonts.bold(13)), Rectangle.NO_BORDER);
            awardCell.setPaddingLeft(0);
            award.addCell(awardCell);
            document.add(award);

            PdfPTable determination = new PdfPTable(1);
            determination.setWidthPercentage(100);
            determination.setSpacingBefore(28);
            PdfPCell box = cell(new Phrase(), Rectangle.BOX);
            box.setBorderWidth(1.5f);
            box.setBorderColor(PdfFonts.NAVY);
            box.setPadding(12);
            Phrase phrase = new Phrase();
            phrase.add(new Chunk("Determination: ", PdfFonts.regular(14)));
            phrase.add(new Chunk(Labels.determination(result.determination()).toUpperCase(), PdfFonts.bold(14)));
            box.setPhrase(phrase);
            determination.addCell(box);
            document.add(determination);

            PdfPTable facts = keyValueTable(new float[] {1.6f, 4.4f});
            facts.setSpacingBefore(24);
            row(facts, "Award", submission.awardId());
            row(facts, "Organization", submission.organization());
            row(facts, "Contracting agency", submission.agency());
            row(facts, "Instrument", submission.instrument());
            row(facts, "Compliance plan required", Labels.planRequired(result.planDecision()));
            row(facts, "Evaluated as of", result.evaluationDate().toString());
            row(facts, "Report generated", report.generatedAt() + " by " + report.tool().name() + " "
                    + report.tool().version());
            row(facts, "Submission file", submission.source() + " (" + submission.format() + ")");
            row(facts, "Submission SHA-256", submission.sha256());
            row(facts, "Ruleset SHA-256", report.ruleset().sha256());
            row(facts, "Ruleset", report.ruleset().ruleCount() + " rules, " + report.ruleset().requirementCount()
                    + " requirements");
            if (report.audit() != null) {
                row(facts, "Audit log evaluation", report.audit().evaluationId() + " (#" + report.audit().sequence() + ")"
                        + org.ctipcheck.report.Labels.copyNote(report.audit()));
                row(facts, "Audit chain head", report.audit().chainHead());
            }
            document.add(facts);
            unrenderableNote();

            Paragraph note = new Paragraph("The SHA-256 values identify exactly what was evaluated: the submission in"
                    + " its RFC 8785 canonical JSON form, and every rule file and the requirements catalog of the"
                    + " ruleset. Re-running the same ruleset on the same submission as of the same date gives the"
                    + " same findings.", PdfFonts.regular(8.5f, PdfFonts.GREY));
            note.setSpacingBefore(18);
            document.add(note);
        }

        /** Says which characters no embedded font could draw: they appear as markers wherever they occur. */
        private void unrenderableNote() throws DocumentException {
            java.util.Set<String> markers = UnrenderableText.markers(report);
            if (markers.isEmpty()) {
                return;
            }
            Paragraph note = new Paragraph(13);
            note.setFont(PdfFonts.regular(9));
            note.setSpacingBefore(14);
            note.add(new Chunk("Characters not rendered: ", PdfFonts.bold(9)));
            note.add(new Chunk(UnrenderableText.sentence(markers).replaceFirst("^the PDF", "this report") + ".",
                    PdfFonts.regular(9)));
            document.add(note);
        }

        private void summary() throws DocumentException {
            heading("1. Summary");
            JsonReport.Summary summary = JsonReport.summary(result);
            PdfPTable counts = new PdfPTable(new float[] {2, 1, 4});
            counts.setWidthPercentage(100);
            counts.setHeaderRows(1);
            headerCells(counts, "Severity", "Findings", "Meaning");
            for (Severity severity : Severity.values()) {
                counts.addCell(severityCell(severity.name()));
                counts.addCell(cell(summary.findingsBySeverity().get(severity).toString(), PdfFonts.regular(10)));
                counts.addCell(cell(meaning(severity), PdfFonts.regular(9)));
            }
            counts.addCell(severityCell("REVIEW"));
            counts.addCell(cell(Long.toString(summary.needsReview()), PdfFonts.regular(10)));
            counts.addCell(cell("A fact is missing; a reviewer must supply it. Not graded.", PdfFonts.regular(9)));
            document.add(counts);

            subheading("Compliance plan required (FAR 52.222-50(h))");
            PlanDecision decision = result.planDecision();
            PdfPTable plan = keyValueTable(new float[] {1.6f, 4.4f});
            row(plan, "Decision", Labels.planRequired(decision));
            row(plan, "Reason", decision.reason());
            if (decision.clauseEdition() != null) {
                row(plan, "Clause edition", decision.clauseEdition());
            }
            if (decision.threshold() != null) {
                row(plan, "Threshold", money(decision.threshold()));
            }
            if (decision.coveredValue() != null) {
                row(plan, "Covered value", money(decision.coveredValue()));
            }
            row(plan, "Deciding rule", decision.ruleId());
            String basis = Labels.confidence(decision.confidence());
            if (!basis.isEmpty()) {
                row(plan, "Legal basis", basis);
            }
            document.add(plan);

            subheading("Checklist at a glance");
            PdfPTable statuses = keyValueTable(new float[] {1.6f, 4.4f});
            summary.checklistByStatus().forEach((status, count) -> row(statuses, Labels.status(status),
                    count + (count == 1 ? " requirement" : " requirements")));
            document.add(statuses);
        }

        private void checklist() throws DocumentException {
            heading("2. Requirements checklist");
            PdfPTable table = new PdfPTable(new float[] {1.1f, 1.4f, 1.7f, 4.2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            headerCells(table, "Status", "Requirement", "Citation", "Requirement and reason");
            int rows = 0;
            for (ChecklistItem item : result.checklist()) {
                boolean met = item.status() == Status.MET || item.status() == Status.MET_WITH_ADVICE;
                table.addCell(cell(Labels.status(item.status()), met ? PdfFonts.regular(9) : PdfFonts.bold(9)));
                table.addCell(cell(item.requirementId(), PdfFonts.regular(9)));
                table.addCell(cell(item.citation(), PdfFonts.regular(9)));
                Phrase phrase = PdfFonts.phrase(nz(item.title()), PdfFonts.BODY);
                if (item.status() != Status.MET && item.reason() != null) {
                    PdfFonts.append(phrase, "\n" + item.reason(), PdfFonts.NOTE);
                }
                table.addCell(cell(phrase, Rectangle.BOX));
                if (++rows % FLUSH_EVERY == 0) {
                    document.add(table);
                }
            }
            table.setComplete(true);
            document.add(table);
        }

        private void findings() throws DocumentException {
            List<Finding> findings = result.findings();
            heading("3. Findings (" + findings.size() + ")");
            if (findings.isEmpty()) {
                document.add(text("No findings: every applicable requirement was met.", PdfFonts.regular(10)));
                return;
            }
            int n = 0;
            for (Finding finding : findings) {
                n++;
                if (hasRightToLeft(finding)) {
                    document.add(finding(n, finding));
                } else {
                    findingAsParagraphs(n, finding);
                }
            }
        }

        /**
         * A finding as a shaded title line and label/value lines, each laid out once. (A table lays every cell
         * out twice, to measure and to draw: for 10,000 findings that was most of the render time.) A finding
         * that fits on a page but not in what is left of this one starts a new page, judged from an estimate
         * of its height rather than a second layout.
         */
        private void findingAsParagraphs(int n, Finding finding) throws DocumentException {
            String severity = Labels.severity(finding);
            String[][] rows = rows(finding, severity);
            float estimate = TITLE_SPACING + 13 * FindingLines.estimate("Finding " + n + " \u00b7 " + severity
                    + " \u00b7 " + nz(finding.title()), VALUE_WIDTH + LABEL_WIDTH, 10);
            for (String[] row : rows) {
                estimate += FindingLines.estimate(row[1], VALUE_WIDTH, 9) * ROW_LEADING + 1.5f;
            }
            float left = writer.getVerticalPosition(false) - document.bottom();
            if (estimate > left && estimate < document.top() - document.bottom()) {
                document.newPage();
            }
            Paragraph title = new Paragraph(13);
            title.setFont(PdfFonts.bold(10));
            title.setSpacingBefore(9);
            title.setSpacingAfter(4);
            title.setIndentationLeft(PAD);
            title.setIndentationRight(PAD);
            title.add(new Chunk("Finding " + n + " \u00b7 " + severity + " \u00b7 ", PdfFonts.bold(10)));
            PdfFonts.append(title, nz(finding.title()), PdfFonts.bold(10));
            String tag = PageDecorations.fillTag(severity);
            for (Object chunk : title) {
                ((Chunk) chunk).setGenericTag(tag);
            }
            document.add(title);
            for (String[] row : rows) {
                Paragraph line = new Paragraph(ROW_LEADING);
                line.setFont(PdfFonts.BODY);
                line.setIndentationLeft(PAD + LABEL_WIDTH);
                line.setFirstLineIndent(-LABEL_WIDTH);
                line.setSpacingAfter(1.5f);
                line.add(new Chunk(row[0], PdfFonts.BODY_BOLD));
                line.add(tab(LABEL_WIDTH, PdfFonts.BODY));
                PdfFonts.append(line, row[1], PdfFonts.BODY);
                document.add(line);
            }
        }

        private static String[][] rows(Finding finding, String severity) {
            List<String[]> rows = new java.util.ArrayList<>(7);
            if (finding.status() == Status.NEEDS_REVIEW) {
                rows.add(new String[] {"Severity", severity + " (needs review; a fact is missing, not graded)"});
            }
            rows.add(new String[] {"Requirement", finding.requirementId() + " \u00b7 rule " + finding.ruleId()});
            rows.add(new String[] {"Citation", nz(finding.citation())});
            rows.add(new String[] {"Finding", nz(finding.message())});
            if (!finding.evidence().isEmpty()) {
                rows.add(new String[] {"Evidence", evidence(finding)});
            }
            rows.add(new String[] {"Remediation", nz(finding.remediation())});
            String basis = Labels.confidence(finding.confidence());
            if (!basis.isEmpty()) {
                rows.add(new String[] {"Legal basis", basis});
            }
            return rows.toArray(new String[0][]);
        }

        /**
         * One finding as one small table whose title bar is a header row: a finding split over two pages
         * repeats its title on the second. (Keep-together would lay every finding out twice, for a third of
         * the render time.)
         */
        private static PdfPTable finding(int n, Finding finding) {
            PdfPTable table = keyValueTable(new float[] {1.3f, 5.2f});
            table.setHeaderRows(1);
            table.setSpacingAfter(8);
            String severity = Labels.severity(finding);
            PdfPCell title = new PdfPCell();
            title.setColspan(2);
            title.setBackgroundColor(fill(severity));
            title.setBorderColor(RULE_LINE);
            title.setPadding(5);
            Phrase phrase = new Phrase();
            phrase.add(new Chunk("Finding " + n + " \u00b7 " + severity + " \u00b7 ", PdfFonts.bold(10)));
            PdfFonts.append(phrase, nz(finding.title()), PdfFonts.bold(10));
            title.setPhrase(phrase);
            if (hasRightToLeft(finding.title())) {
                title.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            }
            table.addCell(title);
            row(table, "Severity", severity + (finding.status() == Status.NEEDS_REVIEW
                    ? " (needs review; a fact is missing, not graded)" : ""));
            row(table, "Requirement", finding.requirementId() + " \u00b7 rule " + finding.ruleId());
            row(table, "Citation", finding.citation());
            row(table, "Finding", finding.message());
            if (!finding.evidence().isEmpty()) {
                row(table, "Evidence", evidence(finding));
            }
            row(table, "Remediation", finding.remediation());
            String basis = Labels.confidence(finding.confidence());
            if (!basis.isEmpty()) {
                row(table, "Legal basis", basis);
            }
            return table;
        }

        /**
         * Every rule hit as one paragraph in columns set by tab stops (number, rule, outcome, facts matched, the
         * facts wrapping in their column), sized to the longest rule id; the column headings repeat under the
         * running header of each following page, as a table's header row would.
         */
        private void ruleHits() throws DocumentException {
            heading("Appendix A. Rule hits (" + result.ruleHits().size() + ")");
            document.add(text("Every rule that fired, in order, with the submitted facts it matched (JSON Pointers"
                    + " into the submission).", PdfFonts.regular(9, PdfFonts.GREY)));
            float width = document.right() - document.left();
            float ruleWidth = 0;
            float outcomeWidth = PdfFonts.BOLD.getWidthPoint("Outcome", 8);
            float[] ruleWidths = new float[result.ruleHits().size()];
            Map<String, Float> outcomeWidths = new java.util.HashMap<>();
            int index = 0;
            for (RuleHit hit : result.ruleHits()) {
                ruleWidths[index] = PdfFonts.REGULAR.getWidthPoint(nz(hit.ruleId()), 8);
                ruleWidth = Math.max(ruleWidth, ruleWidths[index++]);
                outcomeWidth = Math.max(outcomeWidth, outcomeWidths.computeIfAbsent(outcome(hit),
                        text -> PdfFonts.REGULAR.getWidthPoint(text, 8)));
            }
            float ruleAt = 34;
            float outcomeAt = Math.min(ruleAt + ruleWidth + 10, width * 0.5f);
            float factsAt = Math.min(outcomeAt + outcomeWidth + 10, width * 0.66f);
            PageDecorations.ColumnHeadings columns = new PageDecorations.ColumnHeadings(
                    new String[] {"#", "Rule", "Outcome", "Facts matched"}, new float[] {0, ruleAt, outcomeAt, factsAt});
            Paragraph head = hitLine(columns, "#", "Rule", "Outcome", "Facts matched", true, PdfFonts.SMALL_BOLD,
                    PdfFonts.SMALL_BOLD);
            head.setSpacingBefore(10);
            head.setSpacingAfter(5);
            for (Object chunk : head) {
                ((Chunk) chunk).setGenericTag(PageDecorations.fillTag(PageDecorations.HEADINGS));
            }
            document.add(head);
            pages.repeatHeadings(writer, columns);
            index = 0;
            for (RuleHit hit : result.ruleHits()) {
                String outcome = outcome(hit);
                boolean fits = ruleAt + ruleWidths[index++] < outcomeAt - 2
                        && outcomeAt + outcomeWidths.get(outcome) < factsAt - 2;
                document.add(hitLine(columns, Integer.toString(hit.sequence()), nz(hit.ruleId()), outcome,
                        String.join(", ", hit.matched()), fits, PdfFonts.SMALL, FACTS));
            }
            pages.stopHeadings(writer);
        }

        private static String outcome(RuleHit hit) {
            return hit.outcome() == null ? "\u2014" : hit.outcome();
        }

        private static Paragraph hitLine(PageDecorations.ColumnHeadings columns, String number, String rule,
                String outcome, String facts, boolean fits, Font font, Font factsFont) {
            float[] at = columns.offsets();
            Paragraph line = new Paragraph(9.5f);
            // the paragraph's own font sets the spacing after it: without one OpenPDF would use Helvetica
            line.setFont(font);
            line.setIndentationLeft(at[3]);
            line.setFirstLineIndent(-at[3]);
            line.setSpacingAfter(1.5f);
            line.add(new Chunk(number, font));
            line.add(tab(at[1], font));
            PdfFonts.append(line, rule, font);
            if (fits) {
                line.add(tab(at[2], font));
                line.add(new Chunk(outcome, font));
                line.add(tab(at[3], font));
            } else {
                // too long for its column: outcome and facts go to the next line, in the facts column
                line.add(new Chunk("\n" + outcome + " \u00b7 ", font));
            }
            PdfFonts.append(line, facts, factsFont);
            return line;
        }

        private void heading(String title) throws DocumentException {
            pages.addHeading(document, title);
        }

        private void subheading(String title) throws DocumentException {
            PageDecorations.addSubheading(document, title, 16);
        }

        private static Paragraph text(String text, Font font) {
            return new Paragraph(PdfFonts.phrase(nz(text), font));
        }
    }

    private static String meaning(Severity severity) {
        switch (severity) {
            case BLOCKER: return "A gap that by itself makes the submission non-compliant.";
            case MAJOR: return "A gap in a required element; the submission is non-compliant.";
            case MINOR: return "A gap that leaves the submission compliant, with observations.";
            default: return "An observation for the record.";
        }
    }

    /** Severity shading: light fills that print in grey too; the word is always there as well. */
    static Color fill(String severity) {
        switch (severity) {
            case "BLOCKER": return new Color(0xf4, 0xc7, 0xc3);
            case "MAJOR": return new Color(0xfb, 0xe3, 0xc2);
            case "MINOR": return new Color(0xff, 0xf4, 0xc2);
            default: return new Color(0xdd, 0xe8, 0xf5);
        }
    }

    static PdfPCell severityCell(String severity) {
        PdfPCell cell = cell(severity, PdfFonts.bold(9.5f));
        cell.setBackgroundColor(fill(severity));
        return cell;
    }

    static PdfPTable keyValueTable(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    static void row(PdfPTable table, String label, String value) {
        PdfPCell key = cell(label, PdfFonts.bold(9));
        key.setBackgroundColor(HEADER_FILL);
        table.addCell(key);
        table.addCell(cell(value, PdfFonts.regular(9)));
    }

    static void headerCells(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = cell(title, PdfFonts.bold(9));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
    }

    static PdfPCell cell(String text, Font font) {
        return cell(PdfFonts.phrase(nz(text), font), Rectangle.BOX);
    }

    /**
     * A cell holding right-to-left text (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms)
     * runs the Unicode bidi algorithm so it lays out correctly within a left-to-right line; other cells skip
     * it, as it is by far the most expensive step of laying out a page.
     */
    static PdfPCell cell(Phrase phrase, int border) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(border);
        cell.setBorderColor(RULE_LINE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        if (hasRightToLeft(phrase.getContent())) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        }
        return cell;
    }

    /** A tab to {@code position} from the line's start; in a document font, so no other font is looked up. */
    private static Chunk tab(float position, Font font) {
        Chunk tab = new Chunk(new VerticalPositionMark(), position);
        tab.setFont(font);
        return tab;
    }

    private static boolean hasRightToLeft(Finding finding) {
        if (hasRightToLeft(finding.title()) || hasRightToLeft(finding.message()) || hasRightToLeft(finding.remediation())
                || hasRightToLeft(finding.citation()) || hasRightToLeft(finding.ruleId())) {
            return true;
        }
        for (Evidence item : finding.evidence()) {
            if (hasRightToLeft(Labels.evidence(item)) || hasRightToLeft(item.documentReference())) {
                return true;
            }
        }
        return false;
    }

    private static String evidence(Finding finding) {
        StringBuilder evidence = new StringBuilder();
        for (Evidence item : finding.evidence()) {
            evidence.append(evidence.length() == 0 ? "" : "\n").append(Labels.evidence(item));
        }
        for (String document : Labels.documents(finding.evidence())) {
            evidence.append("\nin ").append(document);
        }
        return evidence.toString();
    }

    static boolean hasRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0590' && (c <= '\u08ff' || (c >= '\ufb1d' && c <= '\ufdff') || (c >= '\ufe70' && c <= '\ufeff'))) {
                return true;
            }
        }
        return false;
    }

    static String nz(String text) {
        return text == null ? "" : text;
    }
}
