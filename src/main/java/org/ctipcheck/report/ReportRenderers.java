package org.ctipcheck.report;

import java.nio.charset.StandardCharsets;
import org.ctipcheck.report.pdf.PdfReportWriter;

/** The one place that knows which renderer writes which format; the CLI asks here. */
public final class ReportRenderers {
    private ReportRenderers() {
    }

    public static ReportRenderer of(ReportFormat format) {
        switch (format) {
            case TEXT: return utf8(report -> new TextReportWriter().write(report));
            case JSON: return (report, out) -> new JsonReportWriter().write(report, out);
            case PDF: return (report, out) -> new PdfReportWriter().write(report, out);
            case HTML: return utf8(report -> new HtmlReportWriter().write(report));
            case CSV: return utf8(report -> new CsvReportWriter().write(report));
            case OSCAL: return utf8(report -> new OscalReportWriter().write(report));
            default: throw new IllegalArgumentException("no renderer for " + format);
        }
    }

    public static byte[] render(ReportFormat format, EvaluationReport report) {
        return of(format).render(report);
    }

    private static ReportRenderer utf8(java.util.function.Function<EvaluationReport, String> writer) {
        return (report, out) -> out.write(writer.apply(report).getBytes(StandardCharsets.UTF_8));
    }
}
