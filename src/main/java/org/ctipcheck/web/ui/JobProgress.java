package org.ctipcheck.web.ui;

import org.ctipcheck.web.job.JobState;
import org.ctipcheck.web.job.JobView;

/**
 * A job's progress as the checking page shows it, in words: where it is, rows read, rows per second, the share of
 * the file read and the time left (from the job resource, as {@code GET /api/v1/jobs/{id}} gives it).
 *
 * @param etaSeconds null while it cannot be told (queued, just started, ended)
 */
record JobProgress(String id, String state, boolean ended, long rows, long rowsPerSecond, int percent,
        Long etaSeconds) {

    static JobProgress of(JobView job) {
        int percent = job.totalBytes() <= 0 ? 0 : (int) Math.min(100, job.bytesRead() * 100 / job.totalBytes());
        long rate = job.rowsPerSecond() == null ? 0 : Math.round(job.rowsPerSecond());
        return new JobProgress(job.id(), words(job.state()), job.state().ended(), job.rowsRead(), rate,
                job.state() == JobState.SUCCEEDED ? 100 : percent, job.etaSeconds());
    }

    private static String words(JobState state) {
        return switch (state) {
            case QUEUED -> "Waiting for a free job thread";
            case RUNNING -> "Screening";
            case SUCCEEDED -> "Done";
            case FAILED -> "Stopped";
            case CANCELLED -> "Cancelled";
        };
    }
}
