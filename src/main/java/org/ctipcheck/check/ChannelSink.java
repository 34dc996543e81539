package org.ctipcheck.check;

import java.io.IOException;
import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.supplychain.RowSink;

/**
 * The channel's own row sink (e.g. a per-row findings file): a failure to write there is the channel's output
 * failing, not the attestation being unreadable, so it is told apart. The channel closes its sink.
 */
final class ChannelSink implements RowSink {
    /** Writing to the channel's sink failed. */
    static final class WriteFailed extends RuntimeException {
        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final RowSink sink;

    ChannelSink(RowSink sink) {
        this.sink = sink;
    }

    @Override
    public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
        try {
            sink.row(row, findings, level);
        } catch (IOException e) {
            throw new WriteFailed(e);
        }
    }

    @Override
    public void rejected(long line, String reason) {
        try {
            sink.rejected(line, reason);
        } catch (IOException e) {
            throw new WriteFailed(e);
        }
    }

    @Override
    public void close() {
        // the channel's to close
    }
}
