package org.ctipcheck.web.job;

import java.time.Duration;

/**
 * A job that cannot be taken now: the service's queue is full or it is stopping (503), or its owner has as many
 * jobs queued or running as it may (429). Either way with Retry-After; nothing was evaluated or recorded.
 */
public final class JobsRefused extends RuntimeException {
    private final int status;
    private final Duration retryAfter;

    JobsRefused(int status, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
