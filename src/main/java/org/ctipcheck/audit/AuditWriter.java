package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.RuleHit;

/**
 * One batch of records, written in a single transaction: nothing of it is visible, or survives a crash, until
 * {@link #commit()} returns. The chain head row is locked from the first {@link #next()} (or {@link #recorded})
 * until the batch ends, so two writers never interleave in the chain; what comes before that, above all a
 * supply-chain screen's chunks ({@link #supplyChain}), is staged in the open transaction without the lock, so a
 * short check on another connection or host is not held up by a long screen.
 * Rows are sent 5,000 at a time (rule hits and findings by binary COPY on PostgreSQL, JDBC batches on H2), each
 * send on a sender thread while the caller goes on appending; a signed checkpoint covering the batch is written
 * in the same transaction. Not for concurrent use: one thread appends, flushes and commits.
 */
public final class AuditWriter implements AutoCloseable {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int FLUSH_ROWS = 5_000;

    private final AuditStore store;
    private final Connection connection;
    private final PreparedStatement evaluations;
    private final PreparedStatement hits;
    private final PreparedStatement findings;
    private final Map<String, List<RuleSource>> rulesetsToArchive = new LinkedHashMap<>();
    private final Set<String> knownRulesets = new HashSet<>();
    private Outgoing outgoing;
    private Outgoing spare;
    private ExecutorService sender;
    private Future<Void> inFlight;
    private final Set<String> keysInBatch = new HashSet<>();
    private boolean headLocked;
    private long recordCount;
    private String head;
    private boolean finished;
    private boolean failedAndRolledBack;

    private AuditWriter(AuditStore store, Connection connection) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.evaluations = connection.prepareStatement("insert into audit_evaluation (seq, evaluation_id, recorded_at,"
                + " actor, actor_role, organization, award_id, source, submission_sha256, submission_gz,"
                + " ruleset_fingerprint, reference_editions, evaluation_date, determination, findings, report_hashes,"
                + " previous_hash, content_hash, supply_chain_id, idempotency_key, report_json_gz, organization_uei)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.hits = connection.prepareStatement("insert into audit_rule_hit (hit_key, evaluation_seq, hit_seq, rule_id,"
                + " requirement_id, outcome, matched) values (?, ?, ?, ?, ?, ?, ?)");
        this.findings = connection.prepareStatement("insert into audit_finding (finding_key, evaluation_seq, finding_seq,"
                + " rule_id, requirement_id, severity, status) values (?, ?, ?, ?, ?, ?, ?)");
        boolean postgres = store.isPostgres();
        this.outgoing = new Outgoing(postgres);
        this.spare = new Outgoing(postgres);
    }

    /**
     * Opens the batch's transaction; the chain head is locked later, by the first {@link #next()} or
     * {@link #recorded}. The lock timeout is set for the transaction now ({@code set local} lasts until it ends)
     * and applies when the head is locked.
     */
    static AuditWriter start(AuditStore store) {
        Connection connection = store.connection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (store.isPostgres()) {
                    statement.execute("set local lock_timeout = '" + store.waitLimit().toMillis() + "ms'");
                } else {
                    statement.execute("set lock_timeout " + store.waitLimit().toMillis());
                }
            }
            return new AuditWriter(store, connection);
        } catch (SQLException e) {
            rollback(connection);
            throw new AuditException("cannot start writing the audit log: " + AuditStore.firstLine(e), e);
        }
    }

    /**
     * Locks the chain head row (waiting up to the store's wait for another writer's batch to end) and reads it.
     * Another writer still holding it then fails the whole batch, staged screen included: nothing of it is kept.
     */
    private void lockHead() {
        checkOpen();
        if (headLocked) {
            return;
        }
        awaitSent();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select record_count, head_hash from audit_head where id = 1 for update")) {
            if (!row.next()) {
                throw new AuditException("the audit log has no chain head row: it was damaged; run ctip audit verify");
            }
            recordCount = row.getLong(1);
            head = row.getString(2);
            headLocked = true;
        } catch (SQLException e) {
            AuditException failure = failed(e);
            if (AuditStore.inUse(e) || "40P01".equals(e.getSQLState()) || e.getErrorCode() == 50200) {
                throw new StoreInUseException("the audit store " + store.describe()
                        + " is in use by another process; nothing was recorded (try again when it has finished)");
            }
            throw failure;
        }
    }

    /** The stamp the next appended record will carry: put it in the reports before hashing them. */
    public AuditStamp next() {
        lockHead();
        return new AuditStamp(UUID.randomUUID().toString(), recordCount + 1, head);
    }

    /**
     * The evaluation already recorded under {@code idempotencyKey}, committed by anyone or appended earlier in this
     * batch; empty if none. Takes the chain lock first, so that on a shared store no other writer can record the
     * key between this lookup and this batch's append: a retry that finds nothing may record, and is then the only
     * one that does.
     */
    public java.util.Optional<AuditRecord> recorded(String idempotencyKey) {
        lockHead();
        if (keysInBatch.contains(idempotencyKey)) {
            flush();
        } else {
            awaitSent();
        }
        try {
            return new AuditQueries(connection).findByIdempotencyKey(idempotencyKey);
        } catch (AuditException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw failed(sql);
            }
            throw e;
        }
    }

    public void append(AuditStamp stamp, AuditEntry entry) {
        lockHead();
        if (stamp.sequence() != recordCount + 1 || !stamp.chainHead().equals(head)) {
            throw new IllegalArgumentException("stamp " + stamp.sequence() + " is not the next in this batch");
        }
        if (entry.idempotencyKey() != null) {
            refuseRecordedKey(entry.idempotencyKey());
        }
        StoredRecord record = toRecord(stamp, entry);
        String contentHash = record.contentHash();
        outgoing.add(record, contentHash, OrganizationUei.of(entry.canonicalSubmission()));
        if (outgoing.rows >= FLUSH_ROWS) {
            sendInBackground();
        }
        if (!knownRulesets.contains(entry.rulesetFingerprint())) {
            knownRulesets.add(entry.rulesetFingerprint());
            rulesetsToArchive.put(entry.rulesetFingerprint(), entry.ruleFiles());
        }
        if (entry.idempotencyKey() != null) {
            keysInBatch.add(entry.idempotencyKey());
        }
        recordCount++;
        head = Hashing.link(record.previousHash(), contentHash);
    }

    /** A key already used is refused before anything of the record is batched; the batch stays usable. */
    private void refuseRecordedKey(String key) {
        boolean used = keysInBatch.contains(key);
        if (!used) {
            awaitSent();
            try (PreparedStatement lookup = connection.prepareStatement(
                    "select 1 from audit_evaluation where idempotency_key = ?")) {
                lookup.setString(1, key);
                try (ResultSet row = lookup.executeQuery()) {
                    used = row.next();
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }
        if (used) {
            throw keyUsed(key, null);
        }
    }

    private static IdempotencyKeyUsedException keyUsed(String key, SQLException cause) {
        return new IdempotencyKeyUsedException(key, "an evaluation with idempotency key '" + key + "' is already"
                + " recorded; " + (cause == null ? "this one was not added" : "nothing of this batch was recorded")
                + " (look up the first with its key)", cause);
    }

    private static StoredRecord toRecord(AuditStamp stamp, AuditEntry entry) {
        List<StoredRecord.HitRow> hitRows = new ArrayList<>(entry.ruleHits().size());
        for (RuleHit hit : entry.ruleHits()) {
            hitRows.add(new StoredRecord.HitRow(hit.sequence(), hit.ruleId(), hit.requirementId(), hit.outcome(),
                    AuditJson.writeStrings(hit.matched())));
        }
        List<StoredRecord.FindingRow> findingRows = new ArrayList<>(entry.findings().size());
        int n = 0;
        for (Finding finding : entry.findings()) {
            findingRows.add(new StoredRecord.FindingRow(++n, finding.ruleId(), finding.requirementId(),
                    finding.severity().name(), finding.status().name()));
        }
        return new StoredRecord(stamp.sequence(), stamp.evaluationId(), TIME.format(entry.recordedAt()),
                entry.actor(), entry.role(), entry.organization(), entry.awardId(), entry.source(),
                entry.submissionSha256(), AuditJson.gzip(entry.canonicalSubmission()), entry.rulesetFingerprint(),
                AuditJson.write(entry.referenceEditions()), entry.evaluationDate().toString(),
                entry.determination().name(), AuditJson.write(entry.findings()),
                StoredRecord.reportHashesJson(entry.reportHashes()), stamp.chainHead(), null, hitRows, findingRows,
                entry.supplyChain() == null ? null : entry.supplyChain().screenId(),
                entry.supplyChain() == null ? null : entry.supplyChain().contentHash(), entry.idempotencyKey(),
                entry.issuedJsonReport() == null ? null : StoredRecord.gzip(entry.issuedJsonReport()));
    }

    /**
     * Starts recording a supply-chain screen into this batch: pass the returned sink to the screen, then
     * {@link SupplyChainLog#finish} its summary (which carries the SHA-256 of the bytes screened) and put the
     * result in each {@link AuditEntry}.
     */
    public SupplyChainLog supplyChain() {
        return supplyChain(SupplyChainLog.CHUNK_HITS);
    }

    SupplyChainLog supplyChain(int hitsPerChunk) {
        checkOpen();
        awaitSent();
        try {
            return new SupplyChainLog(connection, hitsPerChunk, this);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Sends the rows batched so far and waits until the database has them (still uncommitted). */
    public void flush() {
        checkOpen();
        awaitSent();
        Outgoing batch = swapOutgoing();
        try {
            send(batch);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Hands the rows batched so far to the sender thread and returns: the next records are hashed and encoded
     * while the database stores these (on two cores the two overlap instead of taking turns). At most one batch
     * is in flight, so memory stays bounded by two batches.
     */
    private void sendInBackground() {
        awaitSent();
        Outgoing batch = swapOutgoing();
        if (sender == null) {
            sender = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "ctip-audit-sender");
                thread.setDaemon(true);
                return thread;
            });
        }
        inFlight = sender.submit(() -> {
            send(batch);
            return null;
        });
    }

    /**
     * Once a batch has failed (and was rolled back) or was committed, nothing more goes through this writer: the
     * connection is back in autocommit mode, so a late write would be stored on its own, outside the chain.
     */
    private void checkOpen() {
        if (failedAndRolledBack) {
            throw new AuditException("this audit batch failed and was rolled back; nothing of it was recorded");
        }
        if (finished) {
            throw new IllegalStateException("batch already finished");
        }
    }

    /** For the batch's {@link SupplyChainLog} before it writes on the shared connection. */
    void beforeLogWrite() {
        checkOpen();
        awaitSent();
    }

    boolean rolledBack() {
        return failedAndRolledBack;
    }

    /** For the batch's {@link SupplyChainLog} before it releases its statement: no send may be running. */
    void awaitIdle() {
        try {
            awaitSent();
        } catch (AuditException alreadyRolledBack) {
            // the failure was reported where it surfaced first, or is reported by the next write
        }
    }

    private Outgoing swapOutgoing() {
        Outgoing batch = outgoing;
        outgoing = spare;
        spare = batch;
        return batch;
    }

    /** Waits for the batch in flight, if any; a failure there fails (and rolls back) the whole batch here. */
    private void awaitSent() {
        Future<Void> sending = inFlight;
        if (sending == null) {
            return;
        }
        inFlight = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    sending.get();
                    return;
                } catch (InterruptedException e) {
                    // the connection is in use until the send ends: wait for it, then keep the interrupt
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SQLException sql) {
                        throw failed(sql);
                    }
                    throw failed(new SQLException(String.valueOf(e.getCause()), e.getCause()));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs on one thread at a time: the caller's, or the sender's while the caller goes on encoding. */
    private void send(Outgoing batch) throws SQLException {
        if (batch.records.isEmpty()) {
            return;
        }
        for (int r = 0; r < batch.records.size(); r++) {
            StoredRecord record = batch.records.get(r);
            int i = 1;
            evaluations.setLong(i++, record.seq());
            evaluations.setString(i++, record.evaluationId());
            evaluations.setString(i++, record.recordedAt());
            evaluations.setString(i++, record.actor());
            evaluations.setString(i++, record.role());
            evaluations.setString(i++, record.organization());
            evaluations.setString(i++, record.awardId());
            evaluations.setString(i++, record.source());
            evaluations.setString(i++, record.submissionSha256());
            evaluations.setBytes(i++, record.submissionGz());
            evaluations.setString(i++, record.rulesetFingerprint());
            evaluations.setString(i++, record.referenceEditions());
            evaluations.setString(i++, record.evaluationDate());
            evaluations.setString(i++, record.determination());
            evaluations.setString(i++, record.findings());
            evaluations.setString(i++, record.reportHashes());
            evaluations.setString(i++, record.previousHash());
            evaluations.setString(i++, batch.contentHashes.get(r));
            evaluations.setString(i++, record.supplyChainId());
            evaluations.setString(i++, record.idempotencyKey());
            evaluations.setBytes(i++, record.reportJsonGz());
            evaluations.setString(i, batch.organizationUeis.get(r));
            evaluations.addBatch();
        }
        // Records go as batched inserts on PostgreSQL too: few and wide; text COPY's escaping of their JSON and
        // hex of their bytea cost more than it saved (measured; binary COPY was not tried for them).
        evaluations.executeBatch();
        if (batch.copyHits != null) {
            batch.copyHits.send(connection);
            batch.copyFindings.send(connection);
        } else {
            for (StoredRecord record : batch.records) {
                for (StoredRecord.HitRow hit : record.hits()) {
                    hits.setLong(1, StoredRecord.key(record.seq(), hit.hitSeq()));
                    hits.setLong(2, record.seq());
                    hits.setInt(3, hit.hitSeq());
                    hits.setString(4, hit.ruleId());
                    hits.setString(5, hit.requirementId());
                    hits.setString(6, hit.outcome());
                    hits.setString(7, hit.matched());
                    hits.addBatch();
                }
            }
            hits.executeBatch();
            for (StoredRecord record : batch.records) {
                for (StoredRecord.FindingRow row : record.findingRows()) {
                    findings.setLong(1, StoredRecord.key(record.seq(), row.findingSeq()));
                    findings.setLong(2, record.seq());
                    findings.setInt(3, row.findingSeq());
                    findings.setString(4, row.ruleId());
                    findings.setString(5, row.requirementId());
                    findings.setString(6, row.severity());
                    findings.setString(7, row.status());
                    findings.addBatch();
                }
            }
            findings.executeBatch();
        }
        batch.clear();
    }

    /**
     * Records appended since the last send, with their rows: on PostgreSQL already encoded for COPY, which is
     * done on the appending thread so that it overlaps the previous send.
     */
    private static final class Outgoing {
        final List<StoredRecord> records = new ArrayList<>();
        final List<String> contentHashes = new ArrayList<>();
        /** The indexed UEI of each record (not hashed: derived from the submission, which is). */
        final List<String> organizationUeis = new ArrayList<>();
        final PostgresCopy copyHits;
        final PostgresCopy copyFindings;
        int rows;

        Outgoing(boolean postgres) {
            this.copyHits = postgres ? new PostgresCopy("audit_rule_hit (hit_key, evaluation_seq, hit_seq, rule_id,"
                    + " requirement_id, outcome, matched)") : null;
            this.copyFindings = postgres ? new PostgresCopy("audit_finding (finding_key, evaluation_seq, finding_seq,"
                    + " rule_id, requirement_id, severity, status)") : null;
        }

        void add(StoredRecord record, String contentHash, String organizationUei) {
            for (StoredRecord.HitRow hit : record.hits()) {
                StoredRecord.key(record.seq(), hit.hitSeq()); // throws before anything of the record is batched
            }
            for (StoredRecord.FindingRow row : record.findingRows()) {
                StoredRecord.key(record.seq(), row.findingSeq());
            }
            records.add(record);
            contentHashes.add(contentHash);
            organizationUeis.add(organizationUei);
            if (copyHits != null) {
                for (StoredRecord.HitRow hit : record.hits()) {
                    copyHits.row(7).bigint(StoredRecord.key(record.seq(), hit.hitSeq())).bigint(record.seq())
                            .integer(hit.hitSeq()).text(hit.ruleId()).text(hit.requirementId()).text(hit.outcome())
                            .text(hit.matched());
                }
                for (StoredRecord.FindingRow row : record.findingRows()) {
                    copyFindings.row(7).bigint(StoredRecord.key(record.seq(), row.findingSeq())).bigint(record.seq())
                            .integer(row.findingSeq()).text(row.ruleId()).text(row.requirementId()).text(row.severity())
                            .text(row.status());
                }
            }
            rows += 1 + record.hits().size() + record.findingRows().size();
        }

        void clear() {
            records.clear();
            contentHashes.clear();
            organizationUeis.clear();
            if (copyHits != null) {
                copyHits.clear();
                copyFindings.clear();
            }
            rows = 0;
        }
    }

    /** Archives new rulesets, signs a checkpoint, moves the head and commits: the batch is durable on return. */
    public String commit() {
        flush();
        lockHead();
        try {
            archiveRulesets();
            String signedAt = TIME.format(Instant.now());
            SigningKey key = store.signingKey();
            KeyRegistry.register(connection, key);
            try (PreparedStatement checkpoint = connection.prepareStatement("insert into audit_checkpoint"
                    + " (record_count, head_hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)");
                 PreparedStatement moveHead = connection.prepareStatement(
                         "update audit_head set record_count = ?, head_hash = ? where id = 1")) {
                checkpoint.setLong(1, recordCount);
                checkpoint.setString(2, head);
                checkpoint.setString(3, signedAt);
                checkpoint.setString(4, key.keyId());
                checkpoint.setString(5, key.sign(SigningKey.checkpointMessage(recordCount, head, signedAt)));
                checkpoint.executeUpdate();
                moveHead.setLong(1, recordCount);
                moveHead.setString(2, head);
                moveHead.executeUpdate();
            }
            connection.commit();
            finished = true;
            stopSender();
            connection.setAutoCommit(true);
            if (!store.isPostgres()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("checkpoint sync");
                }
            }
            return head;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void archiveRulesets() throws SQLException {
        for (Map.Entry<String, List<RuleSource>> ruleset : rulesetsToArchive.entrySet()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from audit_ruleset where fingerprint = ?")) {
                exists.setString(1, ruleset.getKey());
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        continue;
                    }
                }
            }
            if (!Ruleset.fingerprintOf(ruleset.getValue()).equals(ruleset.getKey())) {
                throw new AuditException("the rule files given for ruleset " + ruleset.getKey() + " do not have that fingerprint");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_ruleset (fingerprint, file_count, archive) values (?, ?, ?)")) {
                insert.setString(1, ruleset.getKey());
                insert.setInt(2, ruleset.getValue().size());
                insert.setBytes(3, AuditJson.gzip(AuditJson.write(ruleset.getValue())));
                insert.executeUpdate();
            }
        }
        rulesetsToArchive.clear();
    }

    private AuditException failed(SQLException e) {
        rollback(connection);
        finished = true;
        failedAndRolledBack = true;
        outgoing.clear();
        spare.clear();
        stopSender();
        String key = duplicateKey(e);
        if (key != null) {
            return keyUsed(key, e);
        }
        return new AuditException("cannot write the audit log; nothing of this batch was recorded: "
                + AuditStore.firstLine(e), e);
    }

    /**
     * The idempotency key of this batch that a unique violation names, if it is one. A backstop: every writer
     * looks a key up under the chain lock before appending it, so only a row written around the lock (by hand, or
     * by a program that does not lock the head) gets here. The message names the index on H2 and PostgreSQL.
     */
    private String duplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String message = String.valueOf(next.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if ("23505".equals(next.getSQLState()) && message.contains("audit_evaluation_idempotency_key")) {
                for (String key : keysInBatch) {
                    if (next.getMessage().contains(key)) {
                        return key;
                    }
                }
                return keysInBatch.isEmpty() ? "?" : keysInBatch.iterator().next();
            }
        }
        return null;
    }

    private void stopSender() {
        if (sender != null) {
            sender.shutdown();
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone: the database discards the transaction
        }
    }

    /** Without {@link #commit()}, discards the batch. */
    @Override
    public void close() {
        try {
            awaitSent();
        } catch (AuditException alreadyRolledBack) {
            // the batch failed while being sent and is discarded either way
        }
        stopSender();
        try {
            evaluations.close();
            hits.close();
            findings.close();
        } catch (SQLException ignored) {
            // closing statements of a finished transaction
        }
        if (!finished) {
            rollback(connection);
            finished = true;
        }
    }
}
