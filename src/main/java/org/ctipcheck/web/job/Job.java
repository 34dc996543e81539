package org.ctipcheck.web.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.ctipcheck.supplychain.Progress;

/**
 * A job while this service holds it: who submitted it, where it is, how far its screen has got. Written by the
 * job's thread (progress, result) and the request threads (cancel); every field another thread reads is volatile.
 */
final class Job implements Progress {
    private final String id = UUID.randomUUID().toString();
    private final String submittedBy;
    private final String organization;
    private final String owner;
    private final Instant submittedAt;
    private final long totalBytes;
    private volatile JobState state = JobState.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile long rowsRead;
    private volatile long bytesRead;
    private volatile JobResult result;
    private volatile Map<String, Object> error;
    /** Set to stop the job: CANCELLED by a user, or FAILED by shutdown; checked at each chunk the screen ends. */
    private volatile JobStopped stop;

    Job(String submittedBy, String organization, Instant submittedAt, long totalBytes) {
        this.submittedBy = submittedBy;
        this.organization = organization;
        this.owner = organization != null ? "organization " + organization : "user " + submittedBy;
        this.submittedAt = submittedAt;
        this.totalBytes = totalBytes;
    }

    @Override
    public void update(long rows, long bytes, long total) {
        rowsRead = rows;
        bytesRead = bytes;
        JobStopped stopping = stop;
        if (stopping != null) {
            throw stopping;
        }
    }

    /** Called once the screen has read the whole file: the last moment a stop keeps anything from being recorded. */
    @Override
    public void done(long rows) {
        update(rowsRead, bytesRead, totalBytes);
    }

    void requestStop(boolean shutdown) {
        if (stop == null) {
            stop = new JobStopped(shutdown);
        }
    }

    boolean stopRequested() {
        return stop != null;
    }

    boolean stoppedByShutdown() {
        JobStopped stopping = stop;
        return stopping != null && stopping.shutdown();
    }

    synchronized boolean start(Instant now) {
        if (state != JobState.QUEUED) {
            return false;
        }
        state = JobState.RUNNING;
        startedAt = now;
        return true;
    }

    /**
     * Takes a job that is still queued out of the running: it never starts, so it keeps no start time (a job
     * cancelled, or refused, before a thread took it). False when a thread has taken it already.
     */
    synchronized boolean endBeforeStart(JobState ended, Instant now, Map<String, Object> error) {
        if (state != JobState.QUEUED) {
            return false;
        }
        end(ended, now, null, error);
        return true;
    }

    synchronized void end(JobState ended, Instant now, JobResult result, Map<String, Object> error) {
        this.result = result;
        this.error = error;
        this.finishedAt = now;
        this.state = ended;
    }

    /** Rows per second since the job started; 0 before it started. */
    double rowsPerSecond(Instant now) {
        Instant started = startedAt;
        if (started == null) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(0.001, Duration.between(started, end).toNanos() / 1e9);
        return rowsRead / seconds;
    }

    /** Seconds left at the rate the file has been read so far; null when not running or not yet measurable. */
    Long etaSeconds(Instant now) {
        Instant started = startedAt;
        long read = bytesRead;
        if (state != JobState.RUNNING || started == null || read <= 0 || totalBytes <= 0) {
            return null;
        }
        double seconds = Duration.between(started, now).toNanos() / 1e9;
        return Math.max(0, Math.round(seconds * (totalBytes - read) / read));
    }

    String id() {
        return id;
    }

    String submittedBy() {
        return submittedBy;
    }

    String organization() {
        return organization;
    }

    /** Whose concurrent-job limit the job counts against: the implementer's organization, else the user. */
    String owner() {
        return owner;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    JobState state() {
        return state;
    }

    long rowsRead() {
        return rowsRead;
    }

    long bytesRead() {
        return bytesRead;
    }

    long totalBytes() {
        return totalBytes;
    }

    JobResult result() {
        return result;
    }

    Map<String, Object> error() {
        return error;
    }
}
