package org.ctipcheck.evaluation.internal.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.evaluation.RuleFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 12, item 5: an evaluation that does not return is abandoned at the limit, naming the rule firing then. */
class WatchedRunTest {
    private final ExecutorService runner = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        runner.shutdownNow();
    }

    @Test
    void aRunThatReturnsInTimeIsWaitedFor() {
        StringBuilder ran = new StringBuilder();

        new WatchedRun(Duration.ofSeconds(5), runner).run(firing -> ran.append("evaluated"));

        assertThat(ran).hasToString("evaluated");
    }

    @Test
    void aConsequenceStillRunningAfterTheLimitAndGraceIsAbandonedNamingItsRuleAndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        long started = System.nanoTime();

        assertThatThrownBy(() -> new WatchedRun(Duration.ofMillis(200), runner).run(firing -> {
            firing.set("CTIP-TEST-01.sleeps");
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        })).isInstanceOfSatisfying(RuleFailedException.class, e -> {
            assertThat(e.ruleId()).isEqualTo("CTIP-TEST-01.sleeps");
            assertThat(e.timedOut()).isTrue();
            assertThat(e.getMessage()).isEqualTo("rule CTIP-TEST-01.sleeps was stopped: its consequence did not return"
                    + " within the limit of 200 ms; the evaluation was abandoned");
        });

        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(waitedMillis).as("the limit and a grace of the limit again").isBetween(400L, 30_000L);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the abandoned thread was interrupted").isTrue();
    }

    @Test
    void aConditionThatDoesNotReturnIsNamedAsACondition() {
        assertThatThrownBy(() -> new WatchedRun(Duration.ofMillis(100), runner).run(firing -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).isInstanceOfSatisfying(RuleFailedException.class, e -> {
            assertThat(e.ruleId()).isNull();
            assertThat(e.getMessage()).startsWith("a rule was stopped: a condition of a when part");
        });
    }

    @Test
    void whatTheRunThrowsReachesTheCallerUnchanged() {
        RuleFailedException thrown = RuleFailedException.threw("CTIP-TEST-02.throws", false, "boom");

        assertThatThrownBy(() -> new WatchedRun(Duration.ofSeconds(5), runner).run(firing -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    /** A runner that takes turns (issue 15): at most {@code turns} evaluations at once, fairly. */
    private final class Turns implements org.ctipcheck.evaluation.TurnTakingExecutor {
        private final java.util.concurrent.Semaphore permits;

        Turns(int turns) {
            permits = new java.util.concurrent.Semaphore(turns, true);
        }

        @Override
        public void execute(Runnable task) {
            runner.execute(task);
        }

        @Override
        public boolean takeTurn(Duration wait) throws InterruptedException {
            return permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void endTurn() {
            permits.release();
        }

        @Override
        public RuntimeException noTurn(Duration waited) {
            return new java.util.concurrent.RejectedExecutionException("no turn within " + waited);
        }

        final java.util.concurrent.atomic.AtomicInteger abandoned = new java.util.concurrent.atomic.AtomicInteger();
        final CountDownLatch abandonedEnded = new CountDownLatch(1);

        @Override
        public void evaluationAbandoned() {
            abandoned.incrementAndGet();
        }

        @Override
        public void abandonedEvaluationEnded() {
            abandonedEnded.countDown();
        }
    }

    /** Issue 15: the runner can tell how many of its threads rules that did not return hold, for health and metrics. */
    @Test
    void aRunnerThatTakesTurnsIsToldOfAnAbandonedRunAndOfItsThreadsReturn() throws Exception {
        Turns turns = new Turns(1);
        CountDownLatch release = new CountDownLatch(1);

        new WatchedRun(Duration.ofSeconds(5), turns).run(firing -> { });
        assertThatThrownBy(() -> new WatchedRun(Duration.ofMillis(100), turns).run(firing -> {
            firing.set("CTIP-TEST-03.waits");
            awaitIgnoringInterrupts(release);
        })).isInstanceOf(RuleFailedException.class);

        assertThat(turns.abandoned).as("told once: the run that returned in time is not counted").hasValue(1);
        assertThat(turns.abandonedEnded.getCount()).as("its rule has not returned yet").isEqualTo(1);
        release.countDown();
        assertThat(turns.abandonedEnded.await(10, TimeUnit.SECONDS)).as("told when the thread is free again").isTrue();
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // ignored: this rule returns only when released, as a rule that ignores interrupts would
            }
        }
    }

    @Test
    void aRunnerThatTakesTurnsRunsNoMoreAtOnceThanItHasTurns() throws Exception {
        Turns turns = new Turns(2);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(callers.submit(() -> new WatchedRun(Duration.ofSeconds(30), turns).run(firing -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(50); // long enough for the eight callers to overlap
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                })));
            }
            for (java.util.concurrent.Future<?> call : calls) {
                call.get(2, TimeUnit.MINUTES);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(most.get()).as("evaluations running at once").isEqualTo(2);
    }

    @Test
    void theTimeLimitStartsWhenTheTurnIsTakenNotWhileWaitingForIt() throws Exception {
        Turns turns = new Turns(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService callers = Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<?> first = callers.submit(() -> new WatchedRun(Duration.ofSeconds(30), turns)
                    .run(firing -> {
                        firstRunning.countDown();
                        await(releaseFirst);
                    }));
            assertThat(firstRunning.await(1, TimeUnit.MINUTES)).isTrue();
            java.util.concurrent.Future<?> second = java.util.concurrent.CompletableFuture.runAsync(() ->
                    new WatchedRun(Duration.ofMillis(400), turns).run(firing -> { }));
            Thread.sleep(300); // the second waits for its turn most of its time limit ...
            releaseFirst.countDown();
            first.get(1, TimeUnit.MINUTES);
            second.get(1, TimeUnit.MINUTES); // ... and is not failed for it: its limit started with its turn
        } finally {
            releaseFirst.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void anEvaluationThatGetsNoTurnWithinTheLimitFailsWithTheRunnersBusyAndAnAbandonedOneGivesItsTurnBack() {
        Turns turns = new Turns(1);
        assertThatThrownBy(() -> new WatchedRun(Duration.ofMillis(100), turns).run(firing -> {
            firing.set("CTIP-TEST-03.never-returns");
            await(new CountDownLatch(1));
        })).isInstanceOf(RuleFailedException.class);

        StringBuilder ran = new StringBuilder();
        new WatchedRun(Duration.ofSeconds(5), turns).run(firing -> ran.append("evaluated"));
        assertThat(ran).as("the abandoned evaluation's turn was given back").hasToString("evaluated");

        assertThat(turns.permits.tryAcquire()).isTrue(); // every turn taken now ...
        assertThatThrownBy(() -> new WatchedRun(Duration.ofMillis(100), turns).run(firing -> ran.append(" again")))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class).hasMessage("no turn within PT0.1S");
        assertThat(ran).as("... so it never ran").hasToString("evaluated");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
