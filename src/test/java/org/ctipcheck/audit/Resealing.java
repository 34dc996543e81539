package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What someone who can write the store and read the signing key beside it can do, by SQL: delete the newest
 * records, remove a record and renumber the ones after it, then relink the chain and sign it again, so that the
 * chain verifies on its own.
 */
final class Resealing {
    private Resealing() {
    }

    /** Deletes the records after #{@code last} and their checkpoints, and moves the head back to #{@code last}. */
    static void truncate(TestStore test, long last) {
        test.tamper("delete from audit_rule_hit where evaluation_seq > " + last,
                "delete from audit_finding where evaluation_seq > " + last,
                "delete from audit_evaluation where seq > " + last,
                "delete from audit_checkpoint where record_count > " + last);
        resetHead(test);
    }

    /** Deletes record #{@code seq} and renumbers the records after it, with their rows, one down. */
    static void remove(TestStore test, long seq) {
        long last = records(test).size();
        test.tamper("delete from audit_rule_hit where evaluation_seq = " + seq,
                "delete from audit_finding where evaluation_seq = " + seq,
                "delete from audit_evaluation where seq = " + seq);
        for (long from = seq + 1; from <= last; from++) {
            long to = from - 1;
            test.tamper("update audit_evaluation set seq = " + to + " where seq = " + from,
                    "update audit_rule_hit set evaluation_seq = " + to + ", hit_key = hit_key - 1048576 where evaluation_seq = " + from,
                    "update audit_finding set evaluation_seq = " + to + ", finding_key = finding_key - 1048576 where evaluation_seq = " + from);
        }
    }

    /** Relinks every record to the one before it, replaces the checkpoints by one signed with {@code key}, moves the head. */
    static void reseal(TestStore test, SigningKey key) {
        String previous = Hashing.GENESIS;
        List<String> updates = new ArrayList<>();
        for (String[] record : records(test)) {
            updates.add("update audit_evaluation set previous_hash = '" + previous + "' where seq = " + record[0]);
            previous = Hashing.link(previous, record[2]);
        }
        test.tamper(updates.toArray(String[]::new));
        long count = records(test).size();
        String signedAt = "2026-03-02T00:00:00.000Z";
        test.tamper("delete from audit_checkpoint",
                "insert into audit_checkpoint (record_count, head_hash, signed_at, key_id, signature) values (" + count
                        + ", '" + previous + "', '" + signedAt + "', '" + key.keyId() + "', '"
                        + key.sign(SigningKey.checkpointMessage(count, previous, signedAt)) + "')");
        resetHead(test);
    }

    private static void resetHead(TestStore test) {
        List<String[]> records = records(test);
        String head = Hashing.GENESIS;
        for (String[] record : records) {
            head = Hashing.link(record[1], record[2]);
        }
        test.tamper("update audit_head set record_count = " + records.size() + ", head_hash = '" + head + "' where id = 1");
    }

    /** seq, previous hash, content hash of every record, in order. */
    private static List<String[]> records(TestStore test) {
        List<String[]> records = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select seq, previous_hash, content_hash from audit_evaluation order by seq")) {
            while (rows.next()) {
                records.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return records;
    }
}
