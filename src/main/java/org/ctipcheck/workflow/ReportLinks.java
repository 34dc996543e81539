package org.ctipcheck.workflow;

/**
 * Where a {@code ctip serve} service sharing the audit log serves a recorded evaluation: {@code baseUrl} is its API
 * root (e.g. {@code https://ctip.example.gov/api/v1}); null gives no links.
 */
public record ReportLinks(String baseUrl) {
    public static final ReportLinks NONE = new ReportLinks(null);

    public ReportLinks {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
    }

    public String evaluation(String evaluationId) {
        return baseUrl == null || evaluationId == null ? null : baseUrl + "/evaluations/" + evaluationId;
    }

    public String pdfReport(String evaluationId) {
        String evaluation = evaluation(evaluationId);
        return evaluation == null ? null : evaluation + "/report?format=pdf";
    }
}
