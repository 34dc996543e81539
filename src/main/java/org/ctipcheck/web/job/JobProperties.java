package org.ctipcheck.web.job;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ctip.jobs.*}: when an evaluation runs as a background job, and how many may run or wait.
 *
 * @param thresholdRows an attestation with more data rows than this runs as a job (lines counted, header excluded)
 * @param thresholdSize an attestation part larger than this runs as a job (its rows are then not counted)
 * @param threads jobs run at the same time (each screen also uses the service's worker threads)
 * @param queueCapacity jobs that may wait for a thread; one more is refused with 503 and Retry-After
 * @param maxPerOwner jobs one organization (an implementer's UEI), or one user of the other roles, may have queued
 *        or running; one more is refused with 429 and Retry-After
 * @param retryAfter the Retry-After a refused job is answered with
 * @param shutdownGrace how long a stopping service lets running jobs finish; those still running then fail
 *        ("stopped by shutdown"), nothing of them recorded
 * @param spoolDir where uploaded attestations wait for their job (default: a temporary folder); each file is
 *        deleted when its job ends
 */
@ConfigurationProperties("ctip.jobs")
public record JobProperties(@DefaultValue("10000") long thresholdRows, @DefaultValue("1MB") DataSize thresholdSize,
        @DefaultValue("1") int threads, @DefaultValue("4") int queueCapacity, @DefaultValue("2") int maxPerOwner,
        @DefaultValue("10s") Duration retryAfter, @DefaultValue("30s") Duration shutdownGrace, Path spoolDir) {

    public JobProperties {
        if (thresholdRows < 0 || thresholdSize.toBytes() < 0) {
            throw new IllegalArgumentException("ctip.jobs.threshold-rows and threshold-size must be 0 or more");
        }
        if (threads < 1 || queueCapacity < 0 || maxPerOwner < 1) {
            throw new IllegalArgumentException("ctip.jobs.threads and max-per-owner must be 1 or more,"
                    + " ctip.jobs.queue-capacity 0 or more");
        }
        if (retryAfter.isNegative() || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("ctip.jobs.retry-after and shutdown-grace must not be negative");
        }
    }
}
