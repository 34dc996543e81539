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
}
