package org.ctipcheck.web.ui;

import java.util.Arrays;
import java.util.List;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.ReportLabels;
import org.ctipcheck.report.ReportFormat;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The result page's model: the report, the words for it, and the downloads of the recorded evaluation. */
@Component
class ResultPage {
    static final ReportLabels LABELS = new ReportLabels();

    /** A download link: the format's name as the user reads it, and the path. */
    record Download(String label, String href, String format) {
    }

    /** {@code evaluationId} is null when the service does not record (nothing to download again). */
    String show(EvaluationReport report, String evaluationId, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("result", report.result());
        model.addAttribute("labels", LABELS);
        model.addAttribute("evaluationId", evaluationId);
        model.addAttribute("downloads", evaluationId == null ? List.of() : downloads(evaluationId));
        return "result";
    }

    static List<Download> downloads(String evaluationId) {
        return Arrays.stream(ReportFormat.values()).map(format -> new Download(label(format),
                "/evaluations/" + evaluationId + "/report/" + format.name().toLowerCase(java.util.Locale.ROOT),
                format.name())).toList();
    }

    private static String label(ReportFormat format) {
        return switch (format) {
            case PDF -> "PDF (for the contract file)";
            case HTML -> "HTML (printable page)";
            case CSV -> "CSV (spreadsheet)";
            case OSCAL -> "OSCAL assessment results (JSON)";
            case JSON -> "JSON (as recorded)";
            default -> "Plain text";
        };
    }
}
