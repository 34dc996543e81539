package org.ctipcheck.report;

import java.util.Map;

/**
 * One self-contained, printable HTML file: inline styles, no scripts, no external assets. Rendered from
 * {@code templates/report.html}, whose sections (determination, plan decision, checklist, findings, supply chain,
 * reference lists) are the fragments the web result page shows too ({@code templates/fragments/report.html}).
 * Every piece of submitted text is escaped by the template engine and marked {@code dir="auto"} so right-to-left
 * names lay out correctly. Same report, same bytes: the audit log records this file's SHA-256.
 */
public final class HtmlReportWriter {
    static final ReportLabels LABELS = new ReportLabels();

    public String write(EvaluationReport report) {
        return ReportTemplates.render("report", Map.of(
                "report", report,
                "result", report.result(),
                "labels", LABELS,
                "summary", JsonReport.summary(report.result()),
                "severities", org.ctipcheck.findings.Severity.values(),
                "title", Labels.title(report),
                "copyNote", Labels.copyNote(report.audit())));
    }
}
