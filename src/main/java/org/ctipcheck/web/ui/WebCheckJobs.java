package org.ctipcheck.web.ui;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks with a supply-chain attestation run in the background, so the page can show how far the screen has got
 * (rows screened, share of the file read) while it runs, polled by htmx. The upload is copied to a temporary file
 * first (the request's own upload is gone when the request ends) and deleted when the check is done. A job is
 * seen only by the user who started it, and forgotten an hour after it finished. Two checks run at a time; more
 * wait their turn.
 */
@Service
class WebCheckJobs {
    private static final Duration KEPT = Duration.ofHours(1);
    private final WebChecks checks;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "ctip-web-check");
        thread.setDaemon(true);
        return thread;
    });

    WebCheckJobs(WebChecks checks) {
        this.checks = checks;
    }

    /** A check in the background: who started it, how far its screen has got, and its result when done. */
    static final class Job implements Progress {
        final String owner;
        final Instant started = Instant.now();
        final AtomicLong rows = new AtomicLong();
        final AtomicLong bytesRead = new AtomicLong();
        final AtomicLong totalBytes = new AtomicLong(-1);
        volatile Instant finished;
        volatile Future<WebChecks.Result> result;

        Job(String owner) {
            this.owner = owner;
        }

        /** Rows screened so far. */
        public long rowsScreened() {
            return rows.get();
        }

        @Override
        public void update(long rowsSoFar, long read, long total) {
            rows.set(rowsSoFar);
            bytesRead.set(read);
            totalBytes.set(total);
        }

        public boolean done() {
            return result != null && result.isDone();
        }

        /** Share of the attestation file read, 0 to 100 (0 while its size is unknown). */
        public int percent() {
            long total = totalBytes.get();
            return total <= 0 ? 0 : (int) Math.min(100, bytesRead.get() * 100 / total);
        }

        public long seconds() {
            return Duration.between(started, finished == null ? Instant.now() : finished).toSeconds();
        }
    }

    String start(MultipartFile submission, MultipartFile attestation, LocalDate asOf, ServicePrincipal user)
            throws IOException {
        forgetOld();
        SubmissionInput input = WebChecks.upload(submission);
        Path copy = Files.createTempFile("ctip-web-attestation", ".upload");
        attestation.transferTo(copy);
        AttestationSource source = new AttestationSource(WebChecks.fileName(attestation, "attestation.csv"),
                () -> Files.newInputStream(copy), Files.size(copy));
        String id = UUID.randomUUID().toString();
        Job job = new Job(user.getUsername());
        jobs.put(id, job);
        job.result = runner.submit(() -> {
            try {
                return checks.submit(input, source, asOf, user, job);
            } finally {
                job.finished = Instant.now();
                Files.deleteIfExists(copy);
            }
        });
        return id;
    }

    /** The job with this id, when this user started it. */
    Optional<Job> find(String id, ServicePrincipal user) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(user.getUsername()));
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> job.finished != null && job.finished.isBefore(before));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
