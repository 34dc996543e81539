package org.ctipcheck.cli;

import java.io.PrintWriter;
import org.ctipcheck.supplychain.Progress;

/** A one-line progress bar on stderr: rows, rows/s, percent of the file and ETA, redrawn at most 5 times a second. */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long rows, long bytesRead, long totalBytes) {
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double fraction = totalBytes <= 0 ? 0 : Math.min(1, (double) bytesRead / totalBytes);
        long eta = fraction <= 0 ? 0 : Math.round(seconds / fraction - seconds);
        int filled = (int) Math.round(fraction * WIDTH);
        err.printf("\r[%s%s] %3.0f%%  %,d rows  %,.0f rows/s  ETA %ds ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                fraction * 100, rows, rows / seconds, eta);
        err.flush();
    }

    @Override
    public void done(long rows) {
        if (lastDraw != 0) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
