package org.ctipcheck.evaluation.internal.drools;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.ctipcheck.evaluation.RuleFailedException;
import org.ctipcheck.evaluation.TurnTakingExecutor;

/**
 * One evaluation run on a thread the caller gave, watched from the calling thread. The time limit is checked between
 * firings on the evaluating thread (the session is halted there), which cannot stop a consequence or a condition that
 * never returns; so the caller waits no longer than the limit and a grace (the limit, at most one second), and then
 * abandons the run: the evaluation fails naming the rule whose consequence was running, or saying that a condition
 * was. Java can no longer stop a thread safely: the abandoned thread is interrupted (enough for a rule that sleeps
 * or waits) and otherwise keeps running until the process ends, its session never returned to the pool.
 */
final class WatchedRun {
    private static final long MAX_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int RUNNING = 0;
    private static final int ENDED = 1;
    private static final int ABANDONED = 2;

    private final Duration timeLimit;
    private final Executor runner;

    WatchedRun(Duration timeLimit, Executor runner) {
        this.timeLimit = timeLimit;
        this.runner = runner;
    }

    /**
     * Runs {@code evaluation} (given the holder of the rule firing now) on the runner and waits for it; a runner that
     * takes turns ({@link TurnTakingExecutor}) is first waited on for a turn, for at most the time limit.
     */
    void run(Consumer<AtomicReference<String>> evaluation) {
        if (!(runner instanceof TurnTakingExecutor turns)) {
            watch(evaluation);
            return;
        }
        try {
            if (!turns.takeTurn(timeLimit)) {
                throw turns.noTurn(timeLimit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw turns.noTurn(timeLimit);
        }
        try {
            watch(evaluation);
        } finally {
            turns.endTurn();
        }
    }

    private void watch(Consumer<AtomicReference<String>> evaluation) {
        AtomicReference<String> firing = new AtomicReference<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // running -> ended, or running -> abandoned -> (the thread's own end reported to the runner): one winner
        AtomicInteger state = new AtomicInteger(RUNNING);
        runner.execute(() -> {
            thread.set(Thread.currentThread());
            try {
                evaluation.accept(firing);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            } finally {
                thread.set(null);
                if (!state.compareAndSet(RUNNING, ENDED) && runner instanceof TurnTakingExecutor turns) {
                    turns.abandonedEvaluationEnded();
                }
            }
        });
        long limit = timeLimit.toNanos();
        try {
            done.get(limit + Math.min(limit, MAX_GRACE_NANOS), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(state, thread.get());
            throw RuleFailedException.didNotReturn(firing.get(), timeLimit);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(state, thread.get());
            throw RuleFailedException.didNotReturn(firing.get(), timeLimit);
        }
    }

    /** Interrupts the evaluating thread and tells a turn-taking runner its thread is held (unless it just ended). */
    private void abandon(AtomicInteger state, Thread running) {
        if (running != null) {
            running.interrupt();
        }
        if (state.compareAndSet(RUNNING, ABANDONED) && runner instanceof TurnTakingExecutor turns) {
            turns.evaluationAbandoned();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
