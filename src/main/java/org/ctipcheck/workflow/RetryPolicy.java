package org.ctipcheck.workflow;

import java.time.Duration;

/**
 * How a worker retries a failed check (the audit log unreachable, a rule that failed): retries left are counted
 * down by one a failure, and the wait doubles from {@code firstBackoff} for each retry already used, up to
 * {@code maxBackoff}. With no retries left the engine raises an incident for an operator.
 */
public record RetryPolicy(int retries, Duration firstBackoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(10));

    public RetryPolicy {
        if (retries < 0 || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("retries of 0 or more and a maximum backoff of at least the first");
        }
    }

    /** The retries a job has left after failing with {@code retriesLeft}. */
    public int retriesAfterFailure(int retriesLeft) {
        return Math.max(0, retriesLeft - 1);
    }

    /** The wait before the next attempt of a job that failed with {@code retriesLeft} retries left. */
    public Duration backoff(int retriesLeft) {
        int used = Math.max(0, Math.min(30, retries - retriesLeft));
        Duration wait = firstBackoff.multipliedBy(1L << used);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
