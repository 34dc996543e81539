package org.ctipcheck.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.CheckRequest;
import org.ctipcheck.check.CheckedSubmission;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.intake.SubmissionProblem;
import org.ctipcheck.report.ReportFormat;

/**
 * One check as a workflow step, for every engine: reads the process variables, checks through {@link ComplianceCheck}
 * under an idempotency key of the step, and answers with the variables to set. Safe for concurrent steps.
 */
public final class WorkflowCheckStep {
    /** Issued and recorded by default: the JSON report (kept in the log) and the PDF a process files. */
    public static final CheckOptions DEFAULT_OPTIONS = CheckOptions.defaults()
            .withFormats(EnumSet.of(ReportFormat.JSON, ReportFormat.PDF)).withActor("workflow", "workflow-step");

    private final ComplianceCheck check;
    private final SubmissionResolver resolver;
    private final ReportLinks links;
    private final CheckOptions base;

    /**
     * @param resolver reads {@link WorkflowVariables#SUBMISSION_REF}; null when the host resolves no references
     * @param links where a {@code ctip serve} service serves the recorded evaluations; null for none
     * @param base the options the process variables start from; null for {@link #DEFAULT_OPTIONS}
     */
    public WorkflowCheckStep(ComplianceCheck check, SubmissionResolver resolver, ReportLinks links, CheckOptions base) {
        this.check = Objects.requireNonNull(check, "check");
        this.resolver = resolver;
        this.links = links != null ? links : ReportLinks.NONE;
        this.base = base != null ? base : DEFAULT_OPTIONS;
    }

    /**
     * Checks the submission the variables name.
     *
     * @param scope the engine's name for this step's run (retries share it), e.g. {@code flowable:<process
     *        instance>/<activity>} or {@code camunda:<job key>}
     * @return the variables to set on the process
     * @throws InvalidWorkflowInput when the submission or the variables cannot be checked (nothing is recorded)
     * @throws CheckStepFailed when a rule failed; other exceptions (the audit log unreachable) pass as they are
     */
    public Map<String, Object> run(Map<String, Object> variables, String scope) {
        StepInput input = StepInput.read(variables, resolver, base);
        CheckOptions options = check.records()
                ? input.options().withIdempotencyKey(StepKeys.idempotencyKey(scope, input)) : input.options();
        CheckOutcome outcome = check.check(CheckRequest.of(SubmissionInput.bytes(input.name(), input.content()), options));
        CheckedSubmission checked = outcome.submissions().get(0);
        if (checked instanceof CheckedSubmission.Refused refused) {
            List<String> problems = refused.problems().stream().map(SubmissionProblem::describe).toList();
            throw new InvalidWorkflowInput(InvalidWorkflowInput.INVALID_SUBMISSION, "the submission " + input.name()
                    + " is not valid (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"),
                    problems);
        }
        if (checked instanceof CheckedSubmission.RuleFailed failed) {
            throw new CheckStepFailed(failed.message());
        }
        return StepOutput.variables((org.ctipcheck.check.IssuedReport) checked, options.failOn(), links);
    }

    /** The check could not finish for a reason that is not the input's (a rule failed): the engine may retry. */
    public static final class CheckStepFailed extends RuntimeException {
        public CheckStepFailed(String message) {
            super(message);
        }
    }
}
