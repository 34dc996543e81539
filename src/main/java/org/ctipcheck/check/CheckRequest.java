package org.ctipcheck.check;

import java.util.List;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.RowSink;

/**
 * One check: the submissions (recorded together, as one audit batch), an optional supply-chain attestation screened
 * once for all of them, and the options. {@code rowSink} also receives every screened row (e.g. a per-row findings
 * file a channel writes); {@code progress} is told how far the screen has got.
 */
public record CheckRequest(List<SubmissionInput> submissions, AttestationSource attestation, CheckOptions options,
        RowSink rowSink, Progress progress) {

    public CheckRequest {
        if (submissions == null || submissions.isEmpty()) {
            throw new IllegalArgumentException("a check needs at least one submission");
        }
        submissions = List.copyOf(submissions);
        options = options == null ? CheckOptions.defaults() : options;
        rowSink = rowSink == null ? RowSink.NONE : rowSink;
        progress = progress == null ? Progress.NONE : progress;
    }

    public static CheckRequest of(SubmissionInput submission, CheckOptions options) {
        return new CheckRequest(List.of(submission), null, options, null, null);
    }

    public CheckRequest withAttestation(AttestationSource source) {
        return new CheckRequest(submissions, source, options, rowSink, progress);
    }
}
