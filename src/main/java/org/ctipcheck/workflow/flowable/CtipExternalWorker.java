package org.ctipcheck.workflow.flowable;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.ctipcheck.workflow.InvalidWorkflowInput;
import org.ctipcheck.workflow.RetryPolicy;
import org.ctipcheck.workflow.WorkflowCheckStep;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.AcquiredExternalWorkerJob;

/**
 * The check as a Flowable external worker: acquires the jobs of external worker tasks on topic {@value #TOPIC}
 * ({@code flowable:type="external-worker" flowable:topic="ctip-check"}), checks each and completes it with the
 * variables, or ends it with a BPMN error on invalid input, or fails it with a retry count and a backoff
 * ({@link RetryPolicy}) on any other failure. It owns no thread: the host calls {@link #pollOnce} on its own schedule.
 */
public final class CtipExternalWorker {
    public static final String TOPIC = "ctip-check";

    private final ManagementService jobs;
    private final WorkflowCheckStep step;
    private final String workerId;
    private final Duration lockDuration;
    private final RetryPolicy retries;

    public CtipExternalWorker(ManagementService jobs, WorkflowCheckStep step, String workerId, Duration lockDuration,
            RetryPolicy retries) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.step = Objects.requireNonNull(step, "step");
        this.workerId = Objects.requireNonNull(workerId, "workerId");
        this.lockDuration = lockDuration != null ? lockDuration : Duration.ofMinutes(5);
        this.retries = retries != null ? retries : RetryPolicy.DEFAULT;
    }

    /** Acquires up to {@code maxJobs} jobs and handles them in turn; returns how many it handled. */
    public int pollOnce(int maxJobs) {
        List<AcquiredExternalWorkerJob> acquired = jobs.createExternalWorkerJobAcquireBuilder()
                .topic(TOPIC, lockDuration).acquireAndLock(maxJobs, workerId);
        acquired.forEach(this::handle);
        return acquired.size();
    }

    private void handle(AcquiredExternalWorkerJob job) {
        String scope = "flowable:" + job.getProcessInstanceId() + "/" + job.getElementId();
        try {
            jobs.createExternalWorkerCompletionBuilder(job.getId(), workerId)
                    .variables(step.run(job.getVariables(), scope)).complete();
        } catch (InvalidWorkflowInput invalid) {
            jobs.createExternalWorkerCompletionBuilder(job.getId(), workerId)
                    .variables(invalid.variables()).bpmnError(invalid.code());
        } catch (RuntimeException failure) {
            jobs.createExternalWorkerJobFailureBuilder(job.getId(), workerId)
                    .errorMessage(message(failure)).retries(retries.retriesAfterFailure(job.getRetries()))
                    .retryTimeout(retries.backoff(job.getRetries())).fail();
        }
    }

    private static String message(RuntimeException failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return "ctip-check: " + message;
    }
}
