package org.ctipcheck.workflow.camunda;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.util.Objects;
import org.ctipcheck.workflow.InvalidWorkflowInput;
import org.ctipcheck.workflow.RetryPolicy;
import org.ctipcheck.workflow.WorkflowCheckStep;

/**
 * The check as a Camunda 8 job worker for job type {@value #JOB_TYPE}: completes the job with the variables of
 * {@link org.ctipcheck.workflow.WorkflowVariables}, throws a BPMN error ({@code CTIP_INVALID_SUBMISSION} or
 * {@code CTIP_INVALID_INPUT}, with {@code ctipProblems}) on invalid input, and fails the job with one retry fewer and
 * a backoff ({@link RetryPolicy}) on any other failure. The idempotency scope is the job key, which the job keeps
 * across its retries: a retried job answers with the check it already recorded.
 */
public final class CtipCheckJobHandler implements JobHandler {
    public static final String JOB_TYPE = "ctip-check";

    private final WorkflowCheckStep step;
    private final RetryPolicy retries;

    public CtipCheckJobHandler(WorkflowCheckStep step, RetryPolicy retries) {
        this.step = Objects.requireNonNull(step, "step");
        this.retries = retries != null ? retries : RetryPolicy.DEFAULT;
    }

    /** Opens a worker for {@value #JOB_TYPE} on the host's client (closed by the host). */
    public JobWorker open(CamundaClient client, Duration jobTimeout) {
        return client.newWorker().jobType(JOB_TYPE).handler(this).name(JOB_TYPE).timeout(jobTimeout).open();
    }

    @Override
    public void handle(JobClient client, ActivatedJob job) {
        try {
            client.newCompleteCommand(job).variables(step.run(job.getVariablesAsMap(), "camunda:" + job.getKey()))
                    .send().join();
        } catch (InvalidWorkflowInput invalid) {
            client.newThrowErrorCommand(job).errorCode(invalid.code()).errorMessage(invalid.getMessage())
                    .variables(invalid.variables()).send().join();
        } catch (RuntimeException failure) {
            String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
            client.newFailCommand(job).retries(retries.retriesAfterFailure(job.getRetries()))
                    .retryBackoff(retries.backoff(job.getRetries())).errorMessage("ctip-check: " + message)
                    .send().join();
        }
    }
}
