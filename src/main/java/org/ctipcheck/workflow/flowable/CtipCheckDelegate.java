package org.ctipcheck.workflow.flowable;

import java.util.Objects;
import org.ctipcheck.workflow.InvalidWorkflowInput;
import org.ctipcheck.workflow.WorkflowCheckStep;
import org.flowable.engine.delegate.BpmnError;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The check as a Flowable service task ({@code flowable:delegateExpression="${ctipCheckDelegate}"}): reads and sets
 * the process variables of {@link org.ctipcheck.workflow.WorkflowVariables}. An invalid submission throws a BPMN error
 * ({@code CTIP_INVALID_SUBMISSION}, or {@code CTIP_INVALID_INPUT} for wrong variables) after setting
 * {@code ctipProblems}; any other failure is an exception, which an asynchronous task's job retries. The idempotency
 * scope is the process instance and the activity, so a retried job answers with the check it already recorded.
 */
public final class CtipCheckDelegate implements JavaDelegate {
    private final WorkflowCheckStep step;

    public CtipCheckDelegate(WorkflowCheckStep step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String scope = "flowable:" + execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId();
        try {
            execution.setVariables(step.run(execution.getVariables(), scope));
        } catch (InvalidWorkflowInput invalid) {
            execution.setVariables(invalid.variables());
            throw new BpmnError(invalid.code(), invalid.getMessage());
        }
    }
}
