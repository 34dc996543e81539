package org.ctipcheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/** With CTIP_TRACE=1, prints to stderr how long each step took since the JVM started. */
final class Trace {
    private final PrintWriter err;
    private final boolean enabled = System.getenv("CTIP_TRACE") != null;
    private long last;

    Trace(PrintWriter err) {
        this.err = err;
        if (enabled) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            err.printf("ctip trace: %5d ms  JVM start to command%n", sinceStart);
            last = System.nanoTime();
        }
    }

    void mark(String step) {
        if (enabled) {
            long now = System.nanoTime();
            err.printf("ctip trace: %5d ms  %s%n", (now - last) / 1_000_000, step);
            last = now;
        }
    }
}
