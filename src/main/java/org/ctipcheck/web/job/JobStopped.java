package org.ctipcheck.web.job;

/**
 * Thrown from a job's progress when it is to stop (cancelled, or the service is stopping): the screen ends at its
 * next chunk, and the check discards its audit batch, so nothing of the job is recorded.
 */
final class JobStopped extends RuntimeException {
    private final boolean shutdown;

    JobStopped(boolean shutdown) {
        super(shutdown ? "stopped by shutdown" : "cancelled", null, false, false);
        this.shutdown = shutdown;
    }

    boolean shutdown() {
        return shutdown;
    }
}
