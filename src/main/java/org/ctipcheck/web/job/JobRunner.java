package org.ctipcheck.web.job;

import java.time.Clock;
import java.util.function.Consumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.web.problem.InvalidSubmissionException;
import org.ctipcheck.web.problem.PayloadTooLarge;
import org.ctipcheck.web.problem.Problems;
import org.ctipcheck.web.problem.RuleFailed;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Runs one job on a job thread and ends it: SUCCEEDED with its result; CANCELLED when a user cancelled it; FAILED
 * with a problem detail when the evaluation was refused or failed, or when the service stopped it. A job that did
 * not succeed recorded nothing (the check discards its audit batch when the screen stops).
 */
@Component
class JobRunner {
    static final String STOPPED_BY_SHUTDOWN = "stopped by shutdown: the service stopped before this job finished"
            + " (ctip.jobs.shutdown-grace); nothing of it was recorded: submit it again";
    private static final Log LOG = LogFactory.getLog(JobRunner.class);
    private final Clock clock = Clock.systemUTC();
    private final JobStore store;

    JobRunner(JobStore store) {
        this.store = store;
    }

    void run(Job job, JobWork work, Runnable cleanUp, Consumer<Job> ended) {
        try {
            if (!job.start(clock.instant())) {
                return;
            }
            saved(job);
            if (job.stopRequested()) {
                stopped(job);
            } else {
                JobResult result = work.run(job);
                job.end(JobState.SUCCEEDED, clock.instant(), result, null);
            }
        } catch (JobStopped e) {
            stopped(job);
        } catch (RuntimeException e) {
            job.end(JobState.FAILED, clock.instant(), null, Problems.body(problem(e)));
        } finally {
            cleanUp.run();
        }
        ended.accept(job);
    }

    /** A queued job taken out of the queue before it started (cancelled, or the service is stopping). */
    void cancelledBeforeStart(Job job, Consumer<Job> ended) {
        if (job.endBeforeStart(job.stoppedByShutdown() ? JobState.FAILED : JobState.CANCELLED, clock.instant(),
                job.stoppedByShutdown() ? shutdownProblem() : null)) {
            ended.accept(job);
        }
    }

    /** A job the pool refused after it was stored: stored FAILED, so it is not reported as interrupted later. */
    void refused(Job job, String why, Consumer<Job> ended) {
        if (job.endBeforeStart(JobState.FAILED, clock.instant(),
                Problems.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, why)))) {
            ended.accept(job);
        }
    }

    private void stopped(Job job) {
        if (job.stoppedByShutdown()) {
            job.end(JobState.FAILED, clock.instant(), null, shutdownProblem());
        } else {
            job.end(JobState.CANCELLED, clock.instant(), null, null);
        }
    }

    private static java.util.Map<String, Object> shutdownProblem() {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, STOPPED_BY_SHUTDOWN);
        problem.setTitle("Stopped by shutdown");
        return Problems.body(problem);
    }

    private void saved(Job job) {
        try {
            store.save(job);
        } catch (RuntimeException e) {
            LOG.warn("job " + job.id() + " started, but its state could not be stored: " + e.getMessage());
        }
    }

    /** The problem detail a failed job shows, as the same failure of {@code POST /evaluations} would answer. */
    static ProblemDetail problem(RuntimeException failure) {
        if (failure instanceof InvalidSubmissionException invalid) {
            return Problems.invalidSubmission(invalid.source(), invalid.problems());
        }
        if (failure instanceof RuleFailed rule) {
            ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.RULE_FAILED, "Rule failed",
                    "not evaluated: " + rule.getMessage() + "; no report was issued or recorded");
            problem.setProperty("rule", rule.ruleId());
            return problem;
        }
        if (failure instanceof AuditException audit) {
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.AUDIT_LOG_UNAVAILABLE, "Audit log unavailable",
                    "audit log: " + audit.getMessage() + "; no report was issued");
        }
        if (failure instanceof org.ctipcheck.spring.RuleRunner.Busy busy) {
            return Problems.rulesBusy(busy.getMessage());
        }
        if (failure instanceof PayloadTooLarge tooLarge) {
            return Problems.tooLarge(tooLarge.getMessage(), tooLarge.setting(), tooLarge.maxBytes());
        }
        LOG.error("job failed", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; please report it with the request you sent");
    }
}
