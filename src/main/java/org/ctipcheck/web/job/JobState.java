package org.ctipcheck.web.job;

/** Where a job is: waiting, running, or ended (succeeded, failed, cancelled). */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean ended() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
