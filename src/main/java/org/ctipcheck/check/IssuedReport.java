package org.ctipcheck.check;

import java.util.Map;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.report.ReportRenderers;

/**
 * A report issued by a check: stamped with its audit record when recorded, and rendered in the formats asked
 * for. When recorded, {@code rendered} holds exactly the bytes whose SHA-256 the record holds: a channel issues
 * these bytes and no others. {@code firstRecorded} is true when an idempotency key matched an earlier check: the
 * report is that check's, nothing new was recorded.
 */
public record IssuedReport(String source, EvaluationReport report, Map<ReportFormat, byte[]> rendered,
        boolean firstRecorded) implements CheckedSubmission {

    public IssuedReport {
        rendered = Map.copyOf(rendered);
    }

    /** The report in {@code format}: the recorded bytes, or rendered now when not recorded in that format. */
    public byte[] bytes(ReportFormat format) {
        byte[] bytes = rendered.get(format);
        return bytes != null ? bytes : ReportRenderers.render(format, report);
    }

    public boolean recorded() {
        return report.audit() != null;
    }

    /** A finding of the submission or of its supply-chain screen at or above {@code severity}. */
    public boolean hasFindingAtLeast(Severity severity) {
        return report.result().hasFindingAtLeast(severity)
                || (report.supplyChain() != null && report.supplyChain().hasFindingAtLeast(severity));
    }
}
