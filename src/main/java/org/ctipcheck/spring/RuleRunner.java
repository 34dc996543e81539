package org.ctipcheck.spring;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the auto-configured check runs its evaluations on ({@code ComplianceCheck#withRuleRunner}), so that the
 * thread waiting for an evaluation can give up on a rule that never returns ({@code ctip.rules.time-limit}) and
 * answer, rather than hang. At most {@code ctip.rules.runner-threads} run at once, created when needed and ended
 * after a minute idle; none waits in a queue (a queued evaluation would use up its time limit waiting): one more is
 * refused with {@link Busy}. An abandoned evaluation keeps its thread (Java cannot stop it safely; it is interrupted)
 * until it returns or the application ends, so that a rule pack whose rules never return uses up the threads and is
 * then refused, never hangs a request. Daemon threads; shut down with the application context.
 */
public final class RuleRunner extends ThreadPoolExecutor {
    private final int threads;

    /** Refused: every rule thread is busy (or lost to a rule that never returned), or the application is stopping. */
    public static final class Busy extends RejectedExecutionException {
        Busy(String message) {
            super(message);
        }
    }

    public RuleRunner(int threads) {
        super(0, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), named(), (task, pool) -> {
            throw new Busy(pool.isShutdown() ? "the service is stopping"
                    : "all " + threads + " rule threads are busy (ctip.rules.runner-threads), or held by rules that"
                            + " did not return within the time limit");
        });
        this.threads = threads;
    }

    /** The most evaluations that run at once. */
    public int threads() {
        return threads;
    }

    private static java.util.concurrent.ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "ctip-rules-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
