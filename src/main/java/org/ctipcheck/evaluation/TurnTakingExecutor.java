package org.ctipcheck.evaluation;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * A rule runner that also bounds how many evaluations run at once. The thread that waits for an evaluation first
 * takes a turn (waiting for one if all are taken), hands the evaluation to a rule thread, and gives the turn back when
 * the evaluation returns, fails or is abandoned at the time limit; the time limit starts once the turn is taken.
 *
 * <p>Why: an evaluation works through its session's node memories, hundreds of kilobytes per session. With more
 * evaluations running at once than there are cores they only evict one another's from the CPU caches: sixteen at once
 * on two cores evaluated sample 01 at a third of the rate of two at once (issue 15, docs/benchmarks.md). An abandoned
 * evaluation gives its turn back although its thread keeps running: turns bound the work, the runner's threads bound
 * what rules that never return can hold.
 */
public interface TurnTakingExecutor extends Executor {
    /** Takes a turn, waiting at most {@code wait} for one; false when none came. */
    boolean takeTurn(Duration wait) throws InterruptedException;

    /** Gives back a turn taken with {@link #takeTurn}. */
    void endTurn();

    /** What an evaluation that got no turn within {@code waited} fails with (the runner's "busy"). */
    RuntimeException noTurn(Duration waited);

    /**
     * An evaluation on one of the runner's threads was abandoned at the time limit: its thread stays held until the
     * rule returns, if ever. Each call is matched by one {@link #abandonedEvaluationEnded()} when it does.
     */
    default void evaluationAbandoned() {
    }

    /** An evaluation abandoned earlier ({@link #evaluationAbandoned()}) has returned: its thread is free again. */
    default void abandonedEvaluationEnded() {
    }
}
