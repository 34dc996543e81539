package org.ctipcheck.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;

/** The process variables a check step sets from the report it issued (see {@link WorkflowVariables}). */
final class StepOutput {
    private StepOutput() {
    }

    static Map<String, Object> variables(IssuedReport issued, Severity failOn, ReportLinks links) {
        EvaluationResult result = issued.report().result();
        String evaluationId = issued.recorded() ? issued.report().audit().evaluationId() : null;
        Map<Severity, Long> counts = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(WorkflowVariables.DETERMINATION, result.determination().name());
        variables.put(WorkflowVariables.PLAN_REQUIRED, result.planDecision().required());
        variables.put(WorkflowVariables.PLAN_DECISION, result.planDecision().outcome().name());
        variables.put(WorkflowVariables.FAILS, issued.hasFindingAtLeast(failOn));
        variables.put(WorkflowVariables.BLOCKER_COUNT, count(counts, Severity.BLOCKER));
        variables.put(WorkflowVariables.MAJOR_COUNT, count(counts, Severity.MAJOR));
        variables.put(WorkflowVariables.MINOR_COUNT, count(counts, Severity.MINOR));
        variables.put(WorkflowVariables.INFO_COUNT, count(counts, Severity.INFO));
        variables.put(WorkflowVariables.FINDINGS, result.findings().stream().map(StepOutput::line)
                .collect(Collectors.joining("\n")));
        variables.put(WorkflowVariables.EVALUATION_ID, evaluationId);
        variables.put(WorkflowVariables.EVALUATION_URL, links.evaluation(evaluationId));
        variables.put(WorkflowVariables.REPORT_URL, links.pdfReport(evaluationId));
        variables.put(WorkflowVariables.REPLAYED, issued.firstRecorded());
        variables.put(WorkflowVariables.PROBLEMS, null); // a problem of an earlier round is no longer one
        variables.put(WorkflowVariables.ERROR_MESSAGE, null);
        return variables;
    }

    private static int count(Map<Severity, Long> counts, Severity severity) {
        return counts.getOrDefault(severity, 0L).intValue();
    }

    /** "MAJOR CTIP-PLAN-06.no-housing-plan (FAR 52.222-50(h)(3)(iv)): message Fix: remediation". */
    private static String line(Finding finding) {
        String line = finding.severity() + " " + finding.ruleId()
                + (finding.citation() != null ? " (" + finding.citation() + ")" : "") + ": " + finding.message();
        return finding.remediation() != null && !finding.remediation().isBlank()
                ? line + " Fix: " + finding.remediation() : line;
    }
}
