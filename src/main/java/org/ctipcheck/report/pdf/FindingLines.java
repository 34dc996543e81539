package org.ctipcheck.report.pdf;

/** A cheap estimate of how many lines a text takes in a column, to keep a finding on one page without laying it out twice. */
final class FindingLines {
    /** DejaVu Sans averages a little over half an em per character in running text; this errs on the long side. */
    private static final float AVERAGE_EM = 0.6f;

    private FindingLines() {
    }

    static int estimate(String text, float width, float size) {
        int perLine = Math.max(1, (int) (width / (size * AVERAGE_EM)));
        int lines = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines += Math.max(1, (i - start + perLine - 1) / perLine);
                start = i + 1;
            }
        }
        return lines;
    }
}
