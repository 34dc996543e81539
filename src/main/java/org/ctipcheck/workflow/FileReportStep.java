package org.ctipcheck.workflow;

import java.util.Map;
import java.util.Objects;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.report.ReportFormat;

/**
 * Files the PDF report of the evaluation a check step recorded ({@link WorkflowVariables#EVALUATION_ID}), read back
 * from the audit log with its audit stamp, with the host's {@link ReportFiling}.
 */
public final class FileReportStep {
    private final RecordedEvaluations evaluations;
    private final ReportFiling filing;

    public FileReportStep(RecordedEvaluations evaluations, ReportFiling filing) {
        this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
        this.filing = Objects.requireNonNull(filing, "filing");
    }

    /** @throws InvalidWorkflowInput when the variables name no recorded evaluation */
    public void run(Map<String, Object> variables, String processKey) {
        Object id = variables.get(WorkflowVariables.EVALUATION_ID);
        if (id == null || id.toString().isBlank()) {
            throw InvalidWorkflowInput.variable(WorkflowVariables.EVALUATION_ID,
                    "missing: only a recorded evaluation has a report to file (is the audit log on?)");
        }
        String evaluationId = id.toString();
        RecordedEvaluations.RecordedReport report = evaluations.report(evaluationId, null)
                .orElseThrow(() -> InvalidWorkflowInput.variable(WorkflowVariables.EVALUATION_ID,
                        "no evaluation " + evaluationId + " in the audit log"));
        filing.file(evaluationId, "ctip-evaluation-" + evaluationId + ".pdf", report.bytes(ReportFormat.PDF),
                processKey);
    }
}
