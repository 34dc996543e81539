package org.ctipcheck.workflow.flowable;

import java.util.Objects;
import org.ctipcheck.workflow.FileReportStep;
import org.ctipcheck.workflow.InvalidWorkflowInput;
import org.flowable.engine.delegate.BpmnError;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Files the recorded PDF report of the process's check ({@code flowable:delegateExpression="${ctipFileReportDelegate}"})
 * with the host's {@link org.ctipcheck.workflow.ReportFiling}; no recorded evaluation is a BPMN error
 * {@code CTIP_INVALID_INPUT}.
 */
public final class CtipFileReportDelegate implements JavaDelegate {
    private final FileReportStep step;

    public CtipFileReportDelegate(FileReportStep step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            step.run(execution.getVariables(), "flowable:" + execution.getProcessInstanceId());
        } catch (InvalidWorkflowInput invalid) {
            execution.setVariables(invalid.variables());
            throw new BpmnError(invalid.code(), invalid.getMessage());
        }
    }
}
