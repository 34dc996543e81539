package org.ctipcheck.cli;

import java.nio.file.Path;
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
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStamp;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditWriter;
import org.ctipcheck.audit.SupplyChainLog;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.report.ReportRenderers;

/**
 * Records a check's evaluations in the audit log as one batch and stamps each report with its evaluation id
 * and chain head; returns only after the batch is committed. With --supply-chain the batch starts before the
 * screen, whose per-row hits stream into it, and every evaluation record of the check refers to the screen.
 */
final class AuditRecorder implements AutoCloseable {
    /** One evaluated submission and its report, before stamping. */
    record Evaluated(ReadSubmission submission, EvaluationReport report) {
    }

    private final AuditLocation location;
    private final String actor;
    private final String role;
    private final Clock clock;
    private AuditStore store;
    private AuditWriter writer;
    private SupplyChainLog.Recorded supplyChain;

    AuditRecorder(AuditLocation location, String actor, String role, Clock clock) {
        this.location = location;
        this.actor = actor;
        this.role = role;
        this.clock = clock;
    }

    /** Starts the batch in a store the caller opened (e.g. while the submissions were being read); closes it at the end. */
    AuditRecorder start(AuditStore opened) {
        if (writer == null) {
            store = opened;
            writer = opened.writer();
        }
        return this;
    }

    boolean started() {
        return writer != null;
    }

    /** A sink that records a screen of {@code attestationFile} into the batch. */
    SupplyChainLog supplyChain(Path attestationFile) {
        return writer.supplyChain(attestationFile);
    }

    void supplyChainRecorded(SupplyChainLog.Recorded recorded) {
        supplyChain = recorded;
    }

    /**
     * A stamped report and its renderings in the formats asked for: exactly these bytes are issued, and the
     * record holds their SHA-256.
     */
    record Issued(EvaluationReport report, Map<ReportFormat, byte[]> rendered) {
        /** A report issued without an audit record: rendered when written. */
        static Issued unrecorded(EvaluationReport report) {
            return new Issued(report, Map.of());
        }

        byte[] bytes(ReportFormat format) {
            byte[] bytes = rendered.get(format);
            return bytes != null ? bytes : ReportRenderers.render(format, report);
        }
    }

    List<Issued> record(List<Evaluated> evaluations, Ruleset ruleset, Set<ReportFormat> formats) {
        return record(AuditStore.open(location), evaluations, ruleset, formats);
    }

    /**
     * Appends every evaluation, with the SHA-256 of each report in each of {@code formats}, and commits the batch
     * (started in {@code opened} unless already started).
     */
    List<Issued> record(AuditStore opened, List<Evaluated> evaluations, Ruleset ruleset, Set<ReportFormat> formats) {
        List<Issued> stamped = new ArrayList<>(evaluations.size());
        try (AuditRecorder batch = start(opened)) {
            for (Evaluated evaluated : evaluations) {
                AuditStamp stamp = writer.next();
                EvaluationReport report = evaluated.report().withAudit(
                        new EvaluationReport.AuditInfo(stamp.evaluationId(), stamp.sequence(), stamp.chainHead()));
                Map<ReportFormat, byte[]> rendered = new EnumMap<>(ReportFormat.class);
                Map<String, String> hashes = new LinkedHashMap<>();
                for (ReportFormat format : formats) {
                    byte[] bytes = ReportRenderers.render(format, report);
                    rendered.put(format, bytes);
                    hashes.put(format.name().toLowerCase(Locale.ROOT), AuditEntry.reportHash(bytes));
                }
                EvaluationReport.SubmissionInfo submission = report.submission();
                boolean screened = supplyChain != null && report.supplyChain() != null;
                writer.append(stamp, new AuditEntry(Instant.now(clock), actor, role, submission.organization(),
                        submission.awardId(), submission.source(), submission.sha256(),
                        evaluated.submission().canonicalJson(), ruleset.fingerprint(), ruleset.sources(),
                        editions(report), report.result().evaluationDate(),
                        report.result().determination(), report.result().findings(), report.result().ruleHits(), hashes,
                        screened ? supplyChain : null));
                stamped.add(new Issued(report, rendered));
            }
            writer.commit();
        }
        return stamped;
    }

    /** Every reference list the report names (the rules' and the supply-chain screen's), as "id edition (as of date)". */
    static List<String> editions(EvaluationReport report) {
        return report.referenceListsUsed().stream()
                .map(org.ctipcheck.submission.ReferenceListEdition::label)
                .toList();
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
