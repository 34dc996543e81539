package org.ctipcheck.supplychain;

import java.io.IOException;
import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;

/** Where per-row results stream to (a CSV or JSON Lines findings file), row by row, in file order. */
public interface RowSink extends AutoCloseable {
    RowSink NONE = new RowSink() {
        @Override
        public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
        }

        @Override
        public void rejected(long line, String reason) {
        }

        @Override
        public void close() {
        }
    };

    void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) throws IOException;

    void rejected(long line, String reason) throws IOException;

    @Override
    void close() throws IOException;
}
