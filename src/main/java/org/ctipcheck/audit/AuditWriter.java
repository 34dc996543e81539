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
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.RuleHit;

/**
 * One batch of records, written in a single transaction: nothing of it is visible, or survives a crash, until
 * {@link #commit()} returns. The chain head row is locked for the whole batch, so two writers never interleave.
 * Rows are sent in JDBC batches; a signed checkpoint covering the batch is written in the same transaction.
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
    private final StringBuilder copyHits;
    private final StringBuilder copyFindings;
    private long recordCount;
    private String head;
    private int pendingRows;
    private boolean finished;

    private AuditWriter(AuditStore store, Connection connection, long recordCount, String head) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.recordCount = recordCount;
        this.head = head;
        this.evaluations = connection.prepareStatement("insert into audit_evaluation (seq, evaluation_id, recorded_at,"
                + " actor, actor_role, organization, award_id, source, submission_sha256, submission_gz,"
                + " ruleset_fingerprint, reference_editions, evaluation_date, determination, findings, report_hashes,"
                + " previous_hash, content_hash, supply_chain_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.hits = connection.prepareStatement("insert into audit_rule_hit (hit_key, evaluation_seq, hit_seq, rule_id,"
                + " requirement_id, outcome, matched) values (?, ?, ?, ?, ?, ?, ?)");
        this.findings = connection.prepareStatement("insert into audit_finding (finding_key, evaluation_seq, finding_seq,"
                + " rule_id, requirement_id, severity, status) values (?, ?, ?, ?, ?, ?, ?)");
        boolean postgres = store.location().isPostgres();
        this.copyHits = postgres ? new StringBuilder(1 << 16) : null;
        this.copyFindings = postgres ? new StringBuilder(1 << 12) : null;
    }

    static AuditWriter start(AuditStore store) {
        Connection connection = store.connection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (store.location().isPostgres()) {
                    statement.execute("set local lock_timeout = '" + store.waitLimit().toMillis() + "ms'");
                } else {
                    statement.execute("set lock_timeout " + store.waitLimit().toMillis());
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select record_count, head_hash from audit_head where id = 1 for update")) {
                if (!row.next()) {
                    throw new AuditException("the audit log has no chain head row: it was damaged; run ctip audit verify");
                }
                return new AuditWriter(store, connection, row.getLong(1), row.getString(2));
            }
        } catch (SQLException e) {
            rollback(connection);
            if (AuditStore.inUse(e) || "40P01".equals(e.getSQLState()) || e.getErrorCode() == 50200) {
                throw new StoreInUseException("the audit store " + store.location().describe()
                        + " is in use by another process; nothing was recorded (try again when it has finished)");
            }
            throw new AuditException("cannot start writing the audit log: " + AuditStore.firstLine(e), e);
        }
    }

    /** The stamp the next appended record will carry: put it in the reports before hashing them. */
    public AuditStamp next() {
        return new AuditStamp(UUID.randomUUID().toString(), recordCount + 1, head);
    }

    public void append(AuditStamp stamp, AuditEntry entry) {
        if (finished) {
            throw new IllegalStateException("batch already finished");
        }
        if (stamp.sequence() != recordCount + 1 || !stamp.chainHead().equals(head)) {
            throw new IllegalArgumentException("stamp " + stamp.sequence() + " is not the next in this batch");
        }
        StoredRecord record = toRecord(stamp, entry);
        String contentHash = record.contentHash();
        try {
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
            evaluations.setString(i++, contentHash);
            evaluations.setString(i, record.supplyChainId());
            evaluations.addBatch();
            String seq = Long.toString(record.seq());
            for (StoredRecord.HitRow hit : record.hits()) {
                long key = StoredRecord.key(record.seq(), hit.hitSeq());
                if (copyHits != null) {
                    PostgresCopy.appendRow(copyHits, Long.toString(key), seq, Integer.toString(hit.hitSeq()),
                            hit.ruleId(), hit.requirementId(), hit.outcome(), hit.matched());
                    continue;
                }
                hits.setLong(1, key);
                hits.setLong(2, record.seq());
                hits.setInt(3, hit.hitSeq());
                hits.setString(4, hit.ruleId());
                hits.setString(5, hit.requirementId());
                hits.setString(6, hit.outcome());
                hits.setString(7, hit.matched());
                hits.addBatch();
            }
            for (StoredRecord.FindingRow row : record.findingRows()) {
                long key = StoredRecord.key(record.seq(), row.findingSeq());
                if (copyFindings != null) {
                    PostgresCopy.appendRow(copyFindings, Long.toString(key), seq, Integer.toString(row.findingSeq()),
                            row.ruleId(), row.requirementId(), row.severity(), row.status());
                    continue;
                }
                findings.setLong(1, key);
                findings.setLong(2, record.seq());
                findings.setInt(3, row.findingSeq());
                findings.setString(4, row.ruleId());
                findings.setString(5, row.requirementId());
                findings.setString(6, row.severity());
                findings.setString(7, row.status());
                findings.addBatch();
            }
            pendingRows += 1 + record.hits().size() + record.findingRows().size();
            if (pendingRows >= FLUSH_ROWS) {
                flush();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        if (!knownRulesets.contains(entry.rulesetFingerprint())) {
            knownRulesets.add(entry.rulesetFingerprint());
            rulesetsToArchive.put(entry.rulesetFingerprint(), entry.ruleFiles());
        }
        recordCount++;
        head = Hashing.link(record.previousHash(), contentHash);
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
                entry.supplyChain() == null ? null : entry.supplyChain().contentHash());
    }

    /**
     * Starts recording a supply-chain screen of {@code attestationFile} into this batch: pass the returned sink to
     * the screen, then {@link SupplyChainLog#finish} its summary and put the result in each {@link AuditEntry}.
     */
    public SupplyChainLog supplyChain(java.nio.file.Path attestationFile) {
        return supplyChain(attestationFile, SupplyChainLog.CHUNK_HITS);
    }

    SupplyChainLog supplyChain(java.nio.file.Path attestationFile, int hitsPerChunk) {
        if (finished) {
            throw new IllegalStateException("batch already finished");
        }
        try {
            return new SupplyChainLog(connection, attestationFile, hitsPerChunk);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Sends the rows batched so far (still uncommitted). */
    public void flush() {
        try {
            // Records go as batched inserts on PostgreSQL too: few and wide, COPY's text escaping of their JSON
            // and hex of their bytea cost more than it saves (measured).
            evaluations.executeBatch();
            if (copyHits != null) {
                PostgresCopy.copyIn(connection, "audit_rule_hit (hit_key, evaluation_seq, hit_seq, rule_id,"
                        + " requirement_id, outcome, matched)", copyHits);
                copyHits.setLength(0);
                PostgresCopy.copyIn(connection, "audit_finding (finding_key, evaluation_seq, finding_seq, rule_id,"
                        + " requirement_id, severity, status)", copyFindings);
                copyFindings.setLength(0);
            } else {
                hits.executeBatch();
                findings.executeBatch();
            }
            pendingRows = 0;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Archives new rulesets, signs a checkpoint, moves the head and commits: the batch is durable on return. */
    public String commit() {
        flush();
        try {
            archiveRulesets();
            String signedAt = TIME.format(Instant.now());
            SigningKey key = store.signingKey();
            try (PreparedStatement checkpoint = connection.prepareStatement("insert into audit_checkpoint"
                    + " (record_count, head_hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)");
                 PreparedStatement moveHead = connection.prepareStatement(
                         "update audit_head set record_count = ?, head_hash = ? where id = 1")) {
                checkpoint.setLong(1, recordCount);
                checkpoint.setString(2, head);
                checkpoint.setString(3, signedAt);
                checkpoint.setString(4, SigningKey.keyId(key.publicKey()));
                checkpoint.setString(5, key.sign(SigningKey.checkpointMessage(recordCount, head, signedAt)));
                checkpoint.executeUpdate();
                moveHead.setLong(1, recordCount);
                moveHead.setString(2, head);
                moveHead.executeUpdate();
            }
            connection.commit();
            finished = true;
            connection.setAutoCommit(true);
            if (store.location().isH2()) {
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
        return new AuditException("cannot write the audit log; nothing of this batch was recorded: "
                + AuditStore.firstLine(e), e);
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
