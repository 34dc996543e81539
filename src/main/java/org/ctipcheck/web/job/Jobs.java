package org.ctipcheck.web.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * The service's background jobs: a bounded pool of job threads it owns (ctip.jobs.threads, a queue of
 * ctip.jobs.queue-capacity), a per-owner limit, cancel, and a graceful stop. A job's state is written to the audit
 * store when it is queued, starts and ends ({@link JobStore}); at start-up, jobs a previous run left unfinished
 * become FAILED. Each job that ends is announced as a {@link JobEnded} event (the webhooks send it).
 *
 * <p>Stopping (SIGTERM; first of the service's parts, while requests are still answered): new jobs are refused
 * (503), queued ones fail at once, running ones get ctip.jobs.shutdown-grace to finish; those still running are
 * then stopped at the screen's next chunk and fail "stopped by shutdown", with nothing recorded.
 */
@Service
public class Jobs implements SmartLifecycle {
    private static final Log LOG = LogFactory.getLog(Jobs.class);
    /** How long stopped jobs get to unwind (end their current chunk, discard the batch) after the grace. */
    private static final long UNWIND_SECONDS = 30;
    private final JobProperties properties;
    private final JobStore store;
    private final JobRunner runner;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** Made anew at each start: a stopped pool cannot be restarted, and a context may be stopped and started again. */
    private volatile ThreadPoolExecutor pool;
    private volatile boolean running;

    Jobs(JobProperties properties, JobStore store, JobRunner runner, ApplicationEventPublisher events) {
        this.properties = properties;
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.pool = newPool(properties);
    }

    private static ThreadPoolExecutor newPool(JobProperties properties) {
        BlockingQueue<Runnable> queue = properties.queueCapacity() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(properties.queueCapacity());
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.SECONDS, queue,
                task -> {
                    Thread thread = new Thread(task, "ctip-job-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Queues {@code work} for {@code user} ({@code organization}: an implementer's UEI, else null).
     *
     * @throws JobsRefused when the owner has its limit of jobs, the queue is full or the service is stopping
     */
    public synchronized JobView submit(String user, String organization, long totalBytes, JobWork work,
            Runnable cleanUp) {
        Job job = new Job(user, organization, clock.instant(), totalBytes);
        if (!running) {
            throw new JobsRefused(503, "the service is stopping and takes no new jobs; submit it to the service"
                    + " when it is back", properties.retryAfter());
        }
        long active = jobs.values().stream().filter(j -> j.owner().equals(job.owner()) && !j.state().ended()).count();
        if (active >= properties.maxPerOwner()) {
            throw new JobsRefused(429, "the " + job.owner() + " has " + active + " jobs queued or running, the most it"
                    + " may have (ctip.jobs.max-per-owner); submit again when one has ended", properties.retryAfter());
        }
        if (pool.getActiveCount() >= properties.threads() && pool.getQueue().remainingCapacity() == 0) {
            throw queueFull();
        }
        store.save(job);
        jobs.put(job.id(), job);
        try {
            pool.execute(new JobTask(job, () -> runner.run(job, work, cleanUp, this::ended)));
        } catch (RejectedExecutionException full) {
            JobsRefused refused = queueFull();
            job.requestStop(false);
            runner.refused(job, refused.getMessage(), this::ended);
            cleanUp.run();
            throw refused;
        }
        return JobView.of(job, clock.instant());
    }

    private JobsRefused queueFull() {
        return new JobsRefused(503, "the service has " + pool.getQueue().size() + " jobs waiting, as many as it"
                + " queues (ctip.jobs.queue-capacity), and all " + properties.threads() + " job threads busy; submit"
                + " again later", properties.retryAfter());
    }

    /** A queued job, known by its job so that cancel can take it out of the queue. */
    record JobTask(Job job, Runnable body) implements Runnable {
        @Override
        public void run() {
            body.run();
        }
    }

    /** The job as {@code organizationScope} may see it (null: every job); another organization's is empty. */
    public Optional<JobView> find(String id, String organizationScope) {
        Job job = jobs.get(id);
        if (job != null) {
            return visible(job.organization(), organizationScope) ? Optional.of(JobView.of(job, clock.instant()))
                    : Optional.empty();
        }
        return store.find(id).filter(row -> visible(row.organization(), organizationScope)).map(JobView::of);
    }

    /**
     * Cancels the job: a queued one at once, a running one at its screen's next chunk (nothing recorded). Empty
     * when there is no such job for {@code organizationScope}; a job that ended is returned as it is.
     */
    public Optional<JobView> cancel(String id, String organizationScope) {
        Job job = jobs.get(id);
        if (job == null || !visible(job.organization(), organizationScope)) {
            return find(id, organizationScope);
        }
        job.requestStop(false);
        if (pool.remove(queued(job))) {
            runner.cancelledBeforeStart(job, this::ended);
        }
        return Optional.of(JobView.of(job, clock.instant()));
    }

    private static boolean visible(String jobOrganization, String scope) {
        return scope == null || scope.equalsIgnoreCase(jobOrganization);
    }

    private Runnable queued(Job job) {
        return pool.getQueue().stream().filter(task -> task instanceof JobTask t && t.job() == job).findFirst()
                .orElse(null);
    }

    private void ended(Job job) {
        try {
            store.save(job);
        } catch (RuntimeException e) {
            LOG.warn("job " + job.id() + " ended " + job.state() + " but its state could not be stored: " + e.getMessage());
        }
        events.publishEvent(new JobEnded(JobView.of(job, clock.instant())));
    }

    @Override
    public synchronized void start() {
        if (pool.isShutdown()) {
            pool = newPool(properties); // started again after a stop (a test context resumed, a refresh)
        }
        int failed = store.failInterrupted(clock.instant());
        if (failed > 0) {
            LOG.warn(failed + " job(s) left unfinished by the last run are now FAILED (interrupted)");
        }
        running = true;
    }

    @Override
    public void stop() {
        synchronized (this) {
            running = false;
        }
        for (Runnable task : pool.getQueue().toArray(Runnable[]::new)) {
            if (task instanceof JobTask queued && pool.remove(task)) {
                queued.job().requestStop(true);
                runner.cancelledBeforeStart(queued.job(), this::ended);
            }
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                jobs.values().stream().filter(job -> !job.state().ended()).forEach(job -> job.requestStop(true));
                if (!pool.awaitTermination(UNWIND_SECONDS, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first (the highest phase), while the web server still answers polls of the jobs finishing. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
