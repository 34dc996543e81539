package org.ctipcheck.audit;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctipcheck.audit.WitnessResult.Verdict;

/**
 * Checks witnesses against the records as stored. A witness is what the chain held when it was issued; deleting
 * the newest records (truncation) or rewriting the chain and signing it again with a key found on the server
 * leaves a chain that verifies on its own, but no longer holds what the witness saw.
 */
final class WitnessCheck {
    private final Connection connection;
    private final List<PublicKey> trusted;

    WitnessCheck(Connection connection, List<PublicKey> trusted) {
        this.connection = connection;
        this.trusted = List.copyOf(trusted);
    }

    /** A stored record's identity: its evaluation id, previous hash, own hash and report hashes (JSON). */
    private record Stored(long seq, String evaluationId, String previousHash, String hash, String reportHashes) {
    }

    List<WitnessResult> check(List<AuditWitness> witnesses) {
        try {
            long last = lastSequence();
            Map<String, KeyRegistry.Registered> registered = KeyRegistry.read(connection);
            List<WitnessResult> results = new ArrayList<>();
            for (AuditWitness witness : witnesses) {
                results.add(witness instanceof AuditWitness.Report report ? report(report, last)
                        : head((AuditWitness.Head) witness, last, registered));
            }
            return results;
        } catch (SQLException e) {
            throw new AuditException("cannot read the audit log: " + AuditStore.firstLine(e), e);
        }
    }

    private WitnessResult report(AuditWitness.Report w, long last) throws SQLException {
        String issued = "evaluation " + w.evaluationId() + " (#" + w.sequence() + ")";
        Stored at = record("seq = ?", w.sequence());
        if (at != null && at.evaluationId().equals(w.evaluationId())) {
            if (at.previousHash().equals(w.chainHead())) {
                return result(w, Verdict.CONFIRMED, issued + " is in the log, chained to the head the report was issued on", at);
            }
            return result(w, Verdict.REWRITTEN, "chain REWRITTEN before #" + w.sequence() + ": " + issued
                    + " was appended to chain head " + w.chainHead() + ", but the log now chains it to " + at.previousHash(), at);
        }
        Stored moved = record("evaluation_id = ?", w.evaluationId());
        if (moved != null) {
            return result(w, Verdict.REWRITTEN, "chain REWRITTEN: " + issued + " is now stored as #" + moved.seq()
                    + ": records before it were removed or inserted and the chain signed again", moved);
        }
        if (w.sequence() > last) {
            return new WitnessResult(w.source(), Verdict.TRUNCATED, "log TRUNCATED: the log ends at #" + last
                    + ", the witness was issued for #" + w.sequence() + " (" + issued + "); records #" + (last + 1)
                    + " to #" + w.sequence() + " at least were deleted", null);
        }
        Stored follower = Hashing.GENESIS.equals(w.chainHead()) ? null : record("previous_hash = ?", w.chainHead());
        if (follower != null) {
            return new WitnessResult(w.source(), Verdict.REWRITTEN, "chain REWRITTEN at #" + w.sequence() + ": " + issued
                    + " was removed or replaced; record #" + follower.seq() + " (evaluation " + follower.evaluationId()
                    + ") now follows the head it was appended to", null);
        }
        return new WitnessResult(w.source(), Verdict.FOREIGN, "belongs to another audit log: this log holds no"
                + " evaluation " + w.evaluationId() + " and no record follows chain head " + w.chainHead()
                + " (if this is the log it was issued from, the log was rewritten from before #" + w.sequence() + ")", null);
    }

    private static WitnessResult result(AuditWitness.Report w, Verdict verdict, String message, Stored record) {
        String note = null;
        if (w.wholeFile() && !AuditJson.MAPPER.readTree(record.reportHashes()).valueStream()
                .anyMatch(hash -> hash.asString().equals(w.fileSha256()))) {
            note = "the file's SHA-256 " + w.fileSha256() + " is not among the report hashes recorded for #"
                    + record.seq() + ": the file was changed after it was issued (a report rendered again with ctip"
                    + " report carries the stamp but is a new file), or the record was rewritten";
        }
        return new WitnessResult(w.source(), verdict, message, note);
    }

    private WitnessResult head(AuditWitness.Head w, long last, Map<String, KeyRegistry.Registered> registered)
            throws SQLException {
        SignedHead head = w.head();
        PublicKey key = head.verifiedKey(w.source());
        String signed = "signed head of " + head.signedAt() + " (#" + head.recordCount() + ", key " + head.keyId() + ")";
        if (!trustedKey(key, registered)) {
            Stored first = record("seq = ?", 1);
            String firstHash = first == null ? null : first.hash();
            if (head.firstRecordHash() != null && !head.firstRecordHash().equals(firstHash)) {
                return new WitnessResult(w.source(), Verdict.FOREIGN, "belongs to another audit log: its key "
                        + head.keyId() + " is not " + (trusted.isEmpty() ? "registered" : "trusted") + " here and its"
                        + " first record is not this log's", null);
            }
            return new WitnessResult(w.source(), Verdict.UNTRUSTED, signed + " is signed by key " + head.keyId()
                    + ", which is not " + (trusted.isEmpty() ? "registered in this log" : "among the keys given with"
                    + " --public-key"), null);
        }
        if (head.recordCount() > last) {
            return new WitnessResult(w.source(), Verdict.TRUNCATED, "log TRUNCATED: the log ends at #" + last
                    + ", the witness was issued for #" + head.recordCount() + " (" + signed + ")", null);
        }
        Stored at = record("seq = ?", head.recordCount());
        if (at == null || !at.hash().equals(head.headHash())) {
            return new WitnessResult(w.source(), Verdict.REWRITTEN, "chain REWRITTEN up to #" + head.recordCount()
                    + ": the " + signed + " names head " + head.headHash() + ", the log now has "
                    + (at == null ? "no record #" + head.recordCount() : at.hash()), null);
        }
        return new WitnessResult(w.source(), Verdict.CONFIRMED, "the log still holds the " + signed, null);
    }

    private boolean trustedKey(PublicKey key, Map<String, KeyRegistry.Registered> registered) {
        String keyId = SigningKey.keyId(key);
        if (!trusted.isEmpty()) {
            return trusted.stream().anyMatch(k -> SigningKey.keyId(k).equals(keyId));
        }
        KeyRegistry.Registered entry = registered.get(keyId);
        return entry != null && entry.key() != null && entry.key().equals(key);
    }

    private long lastSequence() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select max(seq) from audit_evaluation");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private Stored record(String condition, Object value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select seq, evaluation_id, previous_hash,"
                + " content_hash, report_hashes from audit_evaluation where " + condition + " order by seq")) {
            statement.setObject(1, value);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Stored(row.getLong(1), row.getString(2), row.getString(3),
                        Hashing.link(row.getString(3), row.getString(4)), row.getString(5));
            }
        }
    }
}
