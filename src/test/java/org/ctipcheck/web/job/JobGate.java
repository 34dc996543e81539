package org.ctipcheck.web.job;

import java.util.function.Consumer;
import org.ctipcheck.supplychain.Progress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A test's hold on the service's jobs, so that a job is still running when the test acts on it, however fast or
 * slow the machine: while the gate is {@link #close closed}, a job stops at its screen's first progress report
 * (rows read so far shown, state RUNNING) and stays there until the gate opens or the job is asked to stop (cancel,
 * shutdown), which it then does at once. Open, it changes nothing. Added to a service with {@code @Import(JobGate.class)}
 * or {@code --spring.main.sources=org.ctipcheck.web.job.JobGate}; deliberately not a {@code @Configuration}, so
 * that component scanning of the service's packages never picks it up.
 */
public class JobGate {
    private static final Object LOCK = new Object();
    private static volatile boolean closed;

    /** Jobs that start from now on hold at their first progress report. */
    public static void close() {
        closed = true;
    }

    /** Held jobs go on; later ones run straight through. */
    public static void open() {
        synchronized (LOCK) {
            closed = false;
            LOCK.notifyAll();
        }
    }

    @Bean
    @Primary
    JobRunner gatedJobRunner(JobStore store) {
        return new JobRunner(store) {
            @Override
            void run(Job job, JobWork work, Runnable cleanUp, Consumer<Job> ended) {
                super.run(job, progress -> work.run(held(job, progress)), cleanUp, ended);
            }
        };
    }

    private static Progress held(Job job, Progress progress) {
        return new Progress() {
            @Override
            public void update(long rows, long bytesRead, long totalBytes) {
                progress.update(rows, bytesRead, totalBytes); // shows the rows read; throws once asked to stop
                synchronized (LOCK) {
                    while (closed && !job.stopRequested()) {
                        try {
                            LOCK.wait(10); // a stop request does not notify: looked at every 10 ms
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
                progress.update(rows, bytesRead, totalBytes);
            }

            @Override
            public void done(long rows) {
                progress.done(rows);
            }
        };
    }
}
