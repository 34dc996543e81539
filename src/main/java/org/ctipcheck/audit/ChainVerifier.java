package org.ctipcheck.audit;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.audit.ChainVerification.Problem;

/**
 * Walks the chain in sequence order, recomputing every record's content hash from its rows, checking each link,
 * then checks every signed checkpoint against the chain. Stops at the first problem and names that record.
 */
final class ChainVerifier {
    private final Connection connection;
    private final List<PublicKey> trusted;
    private final PublicKey local;

    /** {@code trusted}: the only keys trusted, or empty to trust the store's registered keys (and {@code local}). */
    ChainVerifier(Connection connection, List<PublicKey> trusted, PublicKey local) {
        this.connection = connection;
        this.trusted = List.copyOf(trusted);
        this.local = local;
    }

    /** {@code unhashedColumn}: what a column kept beside the hashed record says against it, or null when it agrees. */
    private record Link(long seq, String evaluationId, String previousHash, String storedContent, String actualContent,
            String unhashedColumn) {
        String hash() {
            return Hashing.link(previousHash, storedContent);
        }

        String name() {
            return "record #" + seq + " (evaluation " + evaluationId + ")";
        }
    }

    private record Checkpoint(long recordCount, String head, String signedAt, String keyId, String signature) {
    }

    ChainVerification verify() {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                CheckpointKeys keys = new CheckpointKeys(trusted, KeyRegistry.read(connection), local);
                return verify(readLinks(), readCheckpoints(), keys).withKeys(keys.signers(), keys.fromStore());
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new AuditException("cannot read the audit log: " + AuditStore.firstLine(e), e);
        }
    }

    private ChainVerification verify(List<Link> links, List<Checkpoint> checkpoints, CheckpointKeys keys) {
        int n = links.size();
        int cps = checkpoints.size();
        String expected = Hashing.GENESIS;
        List<String> heads = new ArrayList<>(n + 1);
        heads.add(expected);
        for (int i = 0; i < n; i++) {
            Link link = links.get(i);
            if (!link.previousHash().equals(expected)) {
                return brokenLink(links, i, expected, cps);
            }
            if (!link.actualContent().equals(link.storedContent())) {
                return ChainVerification.broken(n, cps, Problem.MODIFIED, link.seq(), link.name()
                        + " was modified: its content no longer matches its content hash");
            }
            if (link.unhashedColumn() != null) {
                return ChainVerification.broken(n, cps, Problem.MODIFIED, link.seq(), link.name() + " was modified: "
                        + link.unhashedColumn());
            }
            long expectedSeq = i == 0 ? 1 : links.get(i - 1).seq() + 1;
            if (link.seq() != expectedSeq) {
                return ChainVerification.broken(n, cps, Problem.MODIFIED, link.seq(), link.name()
                        + " was renumbered: it follows #" + (expectedSeq - 1) + " in the chain");
            }
            expected = link.hash();
            heads.add(expected);
        }
        ChainVerification signed = checkCheckpoints(links, heads, checkpoints, keys);
        if (signed != null) {
            return signed;
        }
        long covered = checkpoints.isEmpty() ? 0 : checkpoints.get(cps - 1).recordCount();
        if (covered < n) {
            Link first = links.get((int) covered);
            return ChainVerification.broken(n, cps, Problem.INSERTED, first.seq(), first.name()
                    + " was inserted: no signed checkpoint covers it");
        }
        if (!keys.untrusted().isEmpty()) {
            return ChainVerification.broken(n, cps, Problem.UNTRUSTED_KEY, keys.untrusted().first(),
                    keys.untrusted().describe(keys.fromStore()));
        }
        return ChainVerification.ok(n, cps, expected);
    }

    /**
     * Checks each checkpoint's signature under the key it names and the head it claims; the first problem, or null.
     * Checkpoints signed by a key that is not trusted are collected in {@code keys}, with the records they cover.
     */
    private static ChainVerification checkCheckpoints(List<Link> links, List<String> heads, List<Checkpoint> checkpoints,
            CheckpointKeys keys) {
        int n = links.size();
        int cps = checkpoints.size();
        long previousCount = 0;
        for (Checkpoint checkpoint : checkpoints) {
            long firstCovered = previousCount + 1;
            previousCount = checkpoint.recordCount();
            String message = SigningKey.checkpointMessage(checkpoint.recordCount(), checkpoint.head(), checkpoint.signedAt());
            CheckpointKeys.Verdict verdict = keys.check(checkpoint.keyId(), message, checkpoint.signature());
            if (verdict == CheckpointKeys.Verdict.BAD_SIGNATURE) {
                return ChainVerification.broken(n, cps, Problem.BAD_CHECKPOINT, checkpoint.recordCount(),
                        "the checkpoint at record #" + checkpoint.recordCount() + " does not carry a valid signature of"
                                + " key " + checkpoint.keyId() + ", the key it names: it was forged or altered");
            }
            if (verdict == CheckpointKeys.Verdict.ALTERED_REGISTRY) {
                return ChainVerification.broken(n, cps, Problem.BAD_CHECKPOINT, checkpoint.recordCount(),
                        "the checkpoint at record #" + checkpoint.recordCount() + " names key " + checkpoint.keyId()
                                + ", but the public key registered under that id is not that key: the key registry was altered");
            }
            if (verdict != CheckpointKeys.Verdict.TRUSTED) {
                keys.untrusted().add(checkpoint.keyId(), verdict == CheckpointKeys.Verdict.UNKNOWN_KEY, firstCovered,
                        checkpoint.recordCount());
            }
            if (verdict == CheckpointKeys.Verdict.UNKNOWN_KEY) {
                continue; // what it claims cannot be checked
            }
            if (checkpoint.recordCount() > n) {
                return ChainVerification.broken(n, cps, Problem.DELETED, n + 1, "record #" + (n + 1)
                        + (checkpoint.recordCount() > n + 1 ? " to #" + checkpoint.recordCount() : "")
                        + " deleted: a signed checkpoint covers " + checkpoint.recordCount() + " records but the log ends at #" + n);
            }
            if (!heads.get((int) checkpoint.recordCount()).equals(checkpoint.head())) {
                int from = 0;
                for (Checkpoint earlier : checkpoints) {
                    if (earlier.recordCount() < checkpoint.recordCount()) {
                        from = (int) earlier.recordCount();
                    }
                }
                Link first = links.get(from);
                return ChainVerification.broken(n, cps, Problem.MODIFIED, first.seq(), "the chain was rewritten between "
                        + first.name() + " and record #" + checkpoint.recordCount()
                        + ": the signed checkpoint there names a different head");
            }
        }
        return null;
    }

    private static ChainVerification brokenLink(List<Link> links, int i, String expected, int cps) {
        int n = links.size();
        Link link = links.get(i);
        for (int j = i + 1; j < n; j++) {
            if (links.get(j).hash().equals(link.previousHash())) {
                return ChainVerification.broken(n, cps, Problem.REORDERED, link.seq(), "records were reordered: "
                        + link.name() + " is chained after #" + links.get(j).seq() + ", which is stored after it");
            }
        }
        if (i + 1 < n && links.get(i + 1).previousHash().equals(expected)) {
            return ChainVerification.broken(n, cps, Problem.INSERTED, link.seq(), link.name()
                    + " was inserted: the record after it is chained to the one before it");
        }
        for (int j = i + 1; j < n; j++) {
            if (links.get(j).previousHash().equals(expected)) {
                return ChainVerification.broken(n, cps, Problem.REORDERED, link.seq(), "records were reordered: "
                        + link.name() + " is out of place; the record that follows #" + (i == 0 ? 0 : links.get(i - 1).seq())
                        + " in the chain is stored as #" + links.get(j).seq());
            }
        }
        long expectedSeq = i == 0 ? 1 : links.get(i - 1).seq() + 1;
        String deleted = link.seq() > expectedSeq
                ? "record #" + expectedSeq + (link.seq() - 1 > expectedSeq ? " to #" + (link.seq() - 1) : "")
                : "the record chained before " + link.name();
        return ChainVerification.broken(n, cps, Problem.DELETED, expectedSeq, deleted
                + " deleted: " + link.name() + " is chained to a record that is no longer in the log");
    }

    private List<Link> readLinks() throws SQLException {
        List<Link> links = new ArrayList<>();
        try (Statement records = connection.createStatement();
             Statement hitRows = connection.createStatement();
             Statement findingRows = connection.createStatement()) {
            records.setFetchSize(500);
            hitRows.setFetchSize(5000);
            findingRows.setFetchSize(5000);
            Map<String, String> screens = screenHashes();
            try (ResultSet r = records.executeQuery("select seq, evaluation_id, recorded_at, actor, actor_role, organization,"
                    + " award_id, source, submission_sha256, submission_gz, ruleset_fingerprint, reference_editions,"
                    + " evaluation_date, determination, findings, report_hashes, previous_hash, content_hash,"
                    + " supply_chain_id, idempotency_key, report_json_gz, organization_uei from audit_evaluation order by seq");
                 ResultSet h = hitRows.executeQuery("select evaluation_seq, hit_seq, rule_id, requirement_id, outcome, matched,"
                         + " hit_key from audit_rule_hit order by hit_key");
                 ResultSet f = findingRows.executeQuery("select evaluation_seq, finding_seq, rule_id, requirement_id, severity,"
                         + " status, finding_key from audit_finding order by finding_key")) {
                Cursor hits = new Cursor(h);
                Cursor finds = new Cursor(f);
                while (r.next()) {
                    long seq = r.getLong(1);
                    // A row whose key disagrees with its record and number was moved by hand: it makes the
                    // record's content differ, so the record is reported as modified.
                    boolean rekeyed = false;
                    List<StoredRecord.HitRow> hitList = new ArrayList<>();
                    while (hits.skipTo(seq)) {
                        hitList.add(new StoredRecord.HitRow(h.getInt(2), h.getString(3), h.getString(4), h.getString(5),
                                h.getString(6)));
                        rekeyed |= h.getLong(7) != seq * StoredRecord.ROWS_PER_RECORD + h.getInt(2);
                        hits.advance();
                    }
                    List<StoredRecord.FindingRow> findingList = new ArrayList<>();
                    while (finds.skipTo(seq)) {
                        findingList.add(new StoredRecord.FindingRow(f.getInt(2), f.getString(3), f.getString(4),
                                f.getString(5), f.getString(6)));
                        rekeyed |= f.getLong(7) != seq * StoredRecord.ROWS_PER_RECORD + f.getInt(2);
                        finds.advance();
                    }
                    String screenId = r.getString(19);
                    StoredRecord record = new StoredRecord(seq, r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getBytes(10),
                            r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                            r.getString(16), r.getString(17), r.getString(18), hitList, findingList, screenId,
                            screenId == null ? null : screens.get(screenId), r.getString(20), r.getBytes(21));
                    String actual = rekeyed ? "rows renumbered"
                            : !keptReportMatches(record) ? "kept report altered" : record.contentHash();
                    links.add(new Link(seq, record.evaluationId(), record.previousHash(), record.storedContentHash(),
                            actual, ueiDisagreement(record.submissionGz(), r.getString(22))));
                }
            }
        }
        return links;
    }

    /**
     * The organization_uei column decides which implementer may read a record, but it is not hashed: it must be the
     * UEI of the submission the record holds (which is hashed). Null when they agree; else what differs. Records
     * from before schema 7 had the column filled in from their submission, so they are checked the same way.
     */
    static String ueiDisagreement(byte[] submissionGz, String column) {
        String fromSubmission;
        try {
            fromSubmission = OrganizationUei.of(AuditJson.gunzip(submissionGz));
        } catch (RuntimeException unreadable) {
            return "its recorded submission cannot be read to check its organization_uei column";
        }
        if (java.util.Objects.equals(fromSubmission, column)) {
            return null;
        }
        return "its organization_uei column says " + quoted(column) + " but its recorded submission names UEI "
                + quoted(fromSubmission) + " (the column decides which implementer may read the record)";
    }

    private static String quoted(String value) {
        return value == null ? "none" : "\"" + value + "\"";
    }

    /** A kept JSON report must be the one whose SHA-256 the record holds (its bytes are not hashed otherwise). */
    private static boolean keptReportMatches(StoredRecord record) {
        if (record.reportJsonGz() == null) {
            return true;
        }
        try {
            String expected = AuditJson.read(record.reportHashes()).path("json").asString(null);
            return Hashing.sha256Of(StoredRecord.gunzip(record.reportJsonGz())).equals(expected);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * Each supply-chain screen's content hash recomputed from its rows and the bytes of its chunks, by screen id;
     * a screen whose stored hash differs maps to a marker no record's hash can match, so each record referring
     * to it is reported as modified.
     */
    private Map<String, String> screenHashes() throws SQLException {
        Map<String, SupplyChainLog.Screen> screens = new HashMap<>();
        Map<String, List<String[]>> chunks = new HashMap<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet s = statement.executeQuery("select screen_id, attestation_sha256, source, format, reference_lists,"
                    + " rows_read, rows_evaluated, rows_rejected, rules, list_findings, hit_count, chunk_count, content_hash"
                    + " from audit_supply_chain")) {
                while (s.next()) {
                    screens.put(s.getString(1), new SupplyChainLog.Screen(s.getString(1), s.getString(2), s.getString(3),
                            s.getString(4), s.getString(5), s.getLong(6), s.getLong(7), s.getLong(8), s.getString(9),
                            s.getString(10), s.getLong(11), s.getInt(12), s.getString(13)));
                }
            }
            statement.setFetchSize(16);
            try (ResultSet c = statement.executeQuery("select screen_id, chunk_seq, first_line, last_line, hit_count, hits"
                    + " from audit_supply_chain_chunk order by screen_id, chunk_seq")) {
                while (c.next()) {
                    chunks.computeIfAbsent(c.getString(1), id -> new ArrayList<>()).add(new String[] {
                        Integer.toString(c.getInt(2)), Long.toString(c.getLong(3)), Long.toString(c.getLong(4)),
                        Integer.toString(c.getInt(5)), Hashing.sha256(c.getBytes(6))});
                }
            }
            try (ResultSet c = statement.executeQuery("select screen_id, rule_id, hits from audit_supply_chain_rule")) {
                while (c.next()) {
                    counts.computeIfAbsent(c.getString(1), id -> new HashMap<>()).merge(c.getString(2), c.getLong(3), Long::sum);
                }
            }
        }
        Map<String, String> hashes = new HashMap<>();
        for (SupplyChainLog.Screen screen : screens.values()) {
            String actual = screen.contentHash(chunks.getOrDefault(screen.screenId(), List.of()),
                    counts.getOrDefault(screen.screenId(), Map.of()));
            hashes.put(screen.screenId(), actual.equals(screen.storedContentHash()) ? actual : "screen modified");
        }
        return hashes;
    }

    /** A result set ordered by evaluation_seq, read alongside the records; rows of a missing record are skipped. */
    private static final class Cursor {
        private final ResultSet rows;
        private boolean valid;

        Cursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.valid = rows.next();
        }

        boolean skipTo(long seq) throws SQLException {
            while (valid && rows.getLong(1) < seq) {
                valid = rows.next();
            }
            return valid && rows.getLong(1) == seq;
        }

        void advance() throws SQLException {
            valid = rows.next();
        }
    }

    private List<Checkpoint> readCheckpoints() throws SQLException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select record_count, head_hash, signed_at, key_id, signature from audit_checkpoint order by record_count")) {
            while (rows.next()) {
                checkpoints.add(new Checkpoint(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
            }
        }
        return checkpoints;
    }
}
