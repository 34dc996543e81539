package org.ctipcheck.check;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ctipcheck.audit.AuditEntry;
import org.ctipcheck.audit.AuditStamp;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditWriter;
import org.ctipcheck.audit.SupplyChainLog;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.report.ReportRenderers;
import org.ctipcheck.submission.ReferenceListEdition;

/**
 * Records a check's evaluations in the audit log as one batch and stamps each report with its evaluation id and
 * chain head; returns the issued reports only after the batch is committed ("recorded before issued": the one
 * place it is done). With a supply-chain screen the batch starts before the screen, whose per-row hits stream
 * into it, and every evaluation record of the check refers to the screen.
 */
final class AuditRecording implements AutoCloseable {
    /** One evaluated submission and its report, before stamping; {@code idempotencyKey} may be null. */
    record Evaluated(ReadSubmission submission, EvaluationReport report, String idempotencyKey) {
    }

    private final String actor;
    private final String role;
    private final Clock clock;
    private final boolean keepReports;
    private AuditStore store;
    private AuditWriter writer;
    private SupplyChainLog.Recorded supplyChain;
    private int appended;

    /** {@code keepReports}: every record keeps its JSON report as issued, not only those with an idempotency key. */
    AuditRecording(String actor, String role, Clock clock, boolean keepReports) {
        this.actor = actor;
        this.role = role;
        this.clock = clock;
        this.keepReports = keepReports;
    }

    /** Starts the batch in an opened store (closed with this recording); again: no change. */
    AuditRecording start(AuditStore opened) {
        if (writer == null) {
            store = opened;
            writer = opened.writer();
        }
        return this;
    }

    boolean started() {
        return writer != null;
    }

    /** A sink that records a screen into the batch. */
    SupplyChainLog supplyChain() {
        return writer.supplyChain();
    }

    void supplyChainRecorded(SupplyChainLog.Recorded recorded) {
        supplyChain = recorded;
    }

    /**
     * Appends every evaluation, with the SHA-256 of its report in each of {@code formats}, and commits the batch:
     * the reports returned carry their stamp and exactly the bytes that were hashed.
     */
    List<IssuedReport> record(List<Evaluated> evaluations, Ruleset ruleset, Set<ReportFormat> formats) {
        List<IssuedReport> stamped = append(writer, evaluations, ruleset, formats);
        writer.commit();
        return stamped;
    }

    /** How many records this recording has appended so far (to any batch). */
    int appended() {
        return appended;
    }

    /**
     * Appends every evaluation to {@code batch} (this recording's own, or a group's: {@link GroupCommit}) without
     * committing it: the reports returned may be issued only once the batch has committed.
     */
    List<IssuedReport> append(AuditWriter batch, List<Evaluated> evaluations, Ruleset ruleset,
            Set<ReportFormat> formats) {
        List<IssuedReport> stamped = new ArrayList<>(evaluations.size());
        for (Evaluated evaluated : evaluations) {
            java.util.Optional<org.ctipcheck.audit.AuditRecord> first = evaluated.idempotencyKey() == null
                    ? java.util.Optional.empty() : batch.recorded(evaluated.idempotencyKey());
            if (first.isPresent()) {
                stamped.add(FirstRecorded.report(first.get()));
                continue;
            }
            AuditStamp stamp = batch.next();
            EvaluationReport report = evaluated.report().withAudit(
                    new EvaluationReport.AuditInfo(stamp.evaluationId(), stamp.sequence(), stamp.chainHead()));
            Map<ReportFormat, byte[]> rendered = new EnumMap<>(ReportFormat.class);
            Map<String, String> hashes = new LinkedHashMap<>();
            for (ReportFormat format : formatsToRecord(formats, evaluated.idempotencyKey() != null || keepReports)) {
                byte[] bytes = ReportRenderers.render(format, report);
                rendered.put(format, bytes);
                hashes.put(format.name().toLowerCase(Locale.ROOT), AuditEntry.reportHash(bytes));
            }
            AuditEntry entry = entry(evaluated, report, ruleset, hashes);
            if (evaluated.idempotencyKey() != null || keepReports) {
                // kept whole, so that a retry with the same key (or a channel serving recorded reports) gets it back
                entry = entry.withIdempotency(evaluated.idempotencyKey(), rendered.get(ReportFormat.JSON));
            }
            batch.append(stamp, entry);
            appended++;
            stamped.add(new IssuedReport(report.submission().source(), report, rendered, false));
        }
        return stamped;
    }

    /** The formats asked for; when the report is kept also JSON, the form a retry is answered from. */
    private static Set<ReportFormat> formatsToRecord(Set<ReportFormat> formats, boolean kept) {
        if (!kept || formats.contains(ReportFormat.JSON)) {
            return formats;
        }
        Set<ReportFormat> withJson = java.util.EnumSet.copyOf(formats);
        withJson.add(ReportFormat.JSON);
        return withJson;
    }

    private AuditEntry entry(Evaluated evaluated, EvaluationReport report, Ruleset ruleset, Map<String, String> hashes) {
        EvaluationReport.SubmissionInfo submission = report.submission();
        boolean screened = supplyChain != null && report.supplyChain() != null;
        return new AuditEntry(Instant.now(clock), actor, role, submission.organization(), submission.awardId(),
                submission.source(), submission.sha256(), evaluated.submission().canonicalJson(), ruleset.fingerprint(),
                ruleset.sources(), editions(report), report.result().evaluationDate(), report.result().determination(),
                report.result().findings(), report.result().ruleHits(), hashes, screened ? supplyChain : null);
    }

    /** Every reference list the report names (the rules' and the supply-chain screen's), as "id edition (as of date)". */
    static List<String> editions(EvaluationReport report) {
        return report.referenceListsUsed().stream().map(ReferenceListEdition::label).toList();
    }

    /** Without a commit, discards the batch; closes the store. */
    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }
}
