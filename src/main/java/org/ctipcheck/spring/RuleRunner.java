package org.ctipcheck.spring;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctipcheck.evaluation.TurnTakingExecutor;

/**
 * The threads the auto-configured check runs its evaluations on ({@code ComplianceCheck#withRuleRunner}), so that the
 * thread waiting for an evaluation can give up on a rule that never returns ({@code ctip.rules.time-limit}) and
 * answer, rather than hang. At most {@code ctip.rules.runner-threads} run at once, created when needed and ended
 * after a minute idle; none waits in a queue (a queued evaluation would use up its time limit waiting): one more is
 * refused with {@link Busy}. An abandoned evaluation keeps its thread (Java cannot stop it safely; it is interrupted)
 * until it returns or the application ends, so that a rule pack whose rules never return uses up the threads and is
 * then refused, never hangs a request. Of the evaluations on these threads at most {@code ctip.rules.concurrent-evaluations}
 * (the number of processors) run at once, the others wait their turn ({@link TurnTakingExecutor}: why). Daemon
 * threads; shut down with the application context.
 */
public final class RuleRunner extends ThreadPoolExecutor implements TurnTakingExecutor {
    private final int threads;
    /** Turns: how many evaluations run at once (ctip.rules.concurrent-evaluations); fair, so a screen's chunks,
     * taking turn after turn, cannot starve a short check waiting for one. */
    private final Semaphore turns;
    private final int concurrent;
    /** Threads held by evaluations abandoned at the time limit whose rules have not returned (yet). */
    private final AtomicInteger held = new AtomicInteger();

    /** Refused: every rule thread is busy (or lost to a rule that never returned), or the application is stopping. */
    public static final class Busy extends RejectedExecutionException {
        Busy(String message) {
            super(message);
        }
    }

    /** A runner of at most {@code threads} threads on which the number of processors run at once. */
    public RuleRunner(int threads) {
        this(threads, Runtime.getRuntime().availableProcessors());
    }

    /** A runner of at most {@code threads} threads on which at most {@code concurrent} evaluations run at once. */
    public RuleRunner(int threads, int concurrent) {
        super(0, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), named(), (task, pool) -> {
            throw new Busy(pool.isShutdown() ? "the service is stopping"
                    : "all " + threads + " rule threads are busy (ctip.rules.runner-threads), or held by rules that"
                            + " did not return within the time limit");
        });
        this.threads = threads;
        this.concurrent = Math.max(1, concurrent);
        this.turns = new Semaphore(this.concurrent, true);
    }

    /** The most evaluations that run at once; the others wait for a turn. */
    public int concurrentEvaluations() {
        return concurrent;
    }

    @Override
    public boolean takeTurn(Duration wait) throws InterruptedException {
        return turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void endTurn() {
        turns.release();
    }

    @Override
    public RuntimeException noTurn(Duration waited) {
        return new Busy(isShutdown() ? "the service is stopping" : "no evaluation could start within " + waited
                + ": every turn was taken (ctip.rules.concurrent-evaluations)");
    }

    /** The most rule threads, busy or held by rules that never returned. */
    public int threads() {
        return threads;
    }

    @Override
    public void evaluationAbandoned() {
        held.incrementAndGet();
    }

    @Override
    public void abandonedEvaluationEnded() {
        held.decrementAndGet();
    }

    /**
     * How many threads evaluations abandoned at the time limit still hold: their rules have not returned. They are
     * lost to the service until those rules return or it restarts; when they are all the threads, every evaluation is
     * refused (health DOWN, metric {@code ctip.rules.threads.held}).
     */
    public int heldByRulesThatDidNotReturn() {
        return held.get();
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
