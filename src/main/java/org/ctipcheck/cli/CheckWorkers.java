package org.ctipcheck.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a command-line check gives the compliance check: one per core, at most four (the supply-chain
 * screen's rule sessions; opening the audit store while the first submission is evaluated). Daemon threads,
 * created only when first used, so a check that needs none starts none.
 */
final class CheckWorkers {
    private static final int MAX = 4;

    private CheckWorkers() {
    }

    static ExecutorService start() {
        int threads = Math.max(1, Math.min(MAX, Runtime.getRuntime().availableProcessors()));
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "ctip-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The threads evaluations run on, watched by the thread that waits for them (ComplianceCheck#withRuleRunner): a
     * cached pool of daemon threads, because a thread whose rule never returns is lost until the process exits (and
     * a daemon thread does not keep it from exiting).
     */
    static ExecutorService ruleRunner() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ctip-rules-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
