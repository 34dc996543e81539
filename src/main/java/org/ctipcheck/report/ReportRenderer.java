package org.ctipcheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Renders one evaluation report as one file, streamed, so a very large PDF never sits whole in memory. */
@FunctionalInterface
public interface ReportRenderer {
    void render(EvaluationReport report, OutputStream out) throws IOException;

    default byte[] render(EvaluationReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            render(report, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
