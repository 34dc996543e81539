package org.ctipcheck.check;

import java.security.PublicKey;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditExport;
import org.ctipcheck.audit.AuditSummary;
import org.ctipcheck.audit.AuditWitness;
import org.ctipcheck.audit.WitnessResult;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.audit.ChainVerification;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.JsonReportReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks recorded in the audit log, as every channel reads them: listed (filtered, in pages), one by one, with
 * the report each one issued, and the log verified. An organization scope (a SAM.gov UEI) limits every answer to
 * that organization's evaluations, matched on the UEI of the recorded submission (which the hash chain covers):
 * another organization's evaluation is simply not found, so its existence is not disclosed.
 */
public final class RecordedEvaluations {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Supplier<AuditStore> auditLog;

    /** {@code auditLog} opens the store for one call (closed at its end). */
    public RecordedEvaluations(Supplier<AuditStore> auditLog) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** One page of a listing: {@code page} counts from 0; {@code total} is the number of matching evaluations. */
    public record Page(List<AuditSummary> items, int page, int size, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** A recorded evaluation's report as issued: {@code json} is exactly the bytes whose SHA-256 the record holds. */
    public record RecordedReport(AuditRecord record, EvaluationReport report, byte[] json) {
        /** The report in {@code format}: JSON exactly as issued; the others rendered from it, with its audit stamp. */
        public byte[] bytes(org.ctipcheck.report.ReportFormat format) {
            return format == org.ctipcheck.report.ReportFormat.JSON ? json
                    : org.ctipcheck.report.ReportRenderers.render(format, report);
        }
    }

    /** The evaluation was recorded without keeping its report (a check made before reports were kept). */
    public static final class ReportNotKept extends RuntimeException {
        public ReportNotKept(String evaluationId) {
            super("evaluation " + evaluationId + " was recorded without its report; replay it to see the findings");
        }
    }

    /** Evaluations matching {@code filter} (and of organization {@code uei} when not null), oldest first. */
    public Page list(AuditFilter filter, String uei, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("a page is numbered from 0 and holds at least 1 evaluation");
        }
        try (AuditStore store = auditLog.get()) {
            // filtered and paged by the database: an implementer's listing reads its page, not every record
            long total = store.queries().count(filter, uei);
            List<AuditSummary> items = store.queries().page(filter, uei, (long) page * size, size);
            return new Page(items, page, size, total);
        }
    }

    /** The evaluation with this id (or record number), when it exists and is of organization {@code uei} (if set). */
    public Optional<AuditRecord> find(String id, String uei) {
        try (AuditStore store = auditLog.get()) {
            return store.queries().find(id).filter(record -> uei == null || ofOrganization(record, uei));
        }
    }

    /** The report the evaluation issued; empty as {@link #find}; {@link ReportNotKept} when the log lacks it. */
    public Optional<RecordedReport> report(String id, String uei) {
        return find(id, uei).map(record -> {
            byte[] json = record.issuedJsonReport();
            if (json == null) {
                throw new ReportNotKept(record.evaluationId());
            }
            EvaluationReport report = new JsonReportReader().read("audit record #" + record.sequence(), json);
            return new RecordedReport(record, report, json);
        });
    }

    /**
     * A replay ({@code ctip audit replay}): the record, which rules it was replayed with ({@code currentRules}: the
     * rules given, else the archived ones) and what differs.
     */
    public record Replayed(AuditRecord record, boolean currentRules, ReplayResult result) {
    }

    /**
     * Replays the evaluation with this id (empty as {@link #find}): the whole chain is verified first, then the
     * archived rules' fingerprint, before anything archived is compiled ({@link AuditReplay.Tampered} when either
     * fails); archived rules with the fingerprint of {@code current} are not compiled again.
     *
     * @param current the rules the caller evaluates with today (used for {@code currentRules}, and reused when the
     *        archived rules are the same files)
     * @param loader compiles archived rules that are not {@code current}
     */
    public Optional<Replayed> replay(String id, String uei, boolean currentRules, Ruleset current,
            org.ctipcheck.evaluation.RulesetLoader loader) {
        try (AuditStore store = auditLog.get()) {
            Optional<AuditRecord> found = store.queries().find(id).filter(record -> uei == null || ofOrganization(record, uei));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            AuditRecord record = found.get();
            AuditReplay.requireIntact(store);
            Ruleset rules = currentRules ? current : AuditReplay.archivedRuleset(store.queries(), record, loader, current);
            return Optional.of(new Replayed(record, currentRules, AuditReplay.replay(record, rules)));
        }
    }

    /** A verification with witnesses: the chain, and what each witness found. */
    public record Verified(ChainVerification chain, List<WitnessResult> witnesses) {
        public Verified {
            witnesses = List.copyOf(witnesses);
        }

        /** The chain is intact and every witness is still held. */
        public boolean intact() {
            return chain.intact() && witnesses.stream().allMatch(WitnessResult::confirmed);
        }
    }

    /**
     * {@link #verify(List)}, and each witness (a report or a signed head kept outside the store) checked against
     * the records as stored: truncation and re-signed rewrites are named.
     */
    public Verified verify(List<PublicKey> trustedKeys, List<AuditWitness> witnesses) {
        try (AuditStore store = auditLog.get()) {
            ChainVerification chain = store.verifyTrusting(trustedKeys);
            return new Verified(chain, witnesses.isEmpty() ? List.of() : store.checkWitnesses(witnesses, trustedKeys));
        }
    }

    /** Writes the matching records to {@code output} (asked for once the log is open) in {@code format}. */
    public void export(AuditFilter filter, AuditExport.Format format, Supplier<java.io.Writer> output) {
        try (AuditStore store = auditLog.get()) {
            AuditExport.write(store.queries(), filter, format, output.get());
        }
    }

    /** Walks the chain and checks every checkpoint; with no {@code trustedKeys}, the keys the store registered. */
    public ChainVerification verify(List<PublicKey> trustedKeys) {
        try (AuditStore store = auditLog.get()) {
            return store.verifyTrusting(trustedKeys);
        }
    }

    /** The UEI of the organization a record's submission names (null when it names none). */
    public static String organizationUei(AuditRecord record) {
        JsonNode uei = JSON.readTree(record.canonicalSubmission()).path("organization").path("uei");
        return uei.isString() ? uei.asString() : null;
    }

    private static boolean ofOrganization(AuditRecord record, String uei) {
        String recorded = organizationUei(record);
        return recorded != null && recorded.toUpperCase(Locale.ROOT).equals(uei.strip().toUpperCase(Locale.ROOT));
    }
}
