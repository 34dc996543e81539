package org.ctipcheck.audit;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The public keys registered in a store ({@code audit_signing_key}), by key id. */
final class KeyRegistry {

    /**
     * A registered key. {@code key} is null when the stored text is not an Ed25519 public key or does not have the
     * id it is registered under: an altered registry, so checkpoints naming that id do not verify.
     */
    record Registered(String keyId, PublicKey key, String registeredAt) {
    }

    private KeyRegistry() {
    }

    /**
     * Registers the signing key if the store does not know it yet; called in the transaction that writes the
     * key's checkpoint, under the chain lock, so two writers never register the same key at once.
     */
    static void register(Connection connection, SigningKey key) throws SQLException {
        try (PreparedStatement known = connection.prepareStatement("select 1 from audit_signing_key where key_id = ?")) {
            known.setString(1, key.keyId());
            try (ResultSet row = known.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_signing_key (key_id, public_key, registered_at) values (?, ?, ?)")) {
            insert.setString(1, key.keyId());
            insert.setString(2, SigningKey.pem(key.publicKey()));
            insert.setString(3, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            insert.executeUpdate();
        }
    }

    static Map<String, Registered> read(Connection connection) throws SQLException {
        Map<String, Registered> keys = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select key_id, public_key, registered_at from audit_signing_key order by registered_at, key_id")) {
            while (rows.next()) {
                String keyId = rows.getString(1);
                PublicKey key;
                try {
                    key = SigningKey.parsePublic(null, rows.getString(2), "registered key " + keyId);
                } catch (AuditInputException unreadable) {
                    key = null;
                }
                keys.put(keyId, new Registered(keyId, key != null && SigningKey.keyId(key).equals(keyId) ? key : null,
                        rows.getString(3)));
            }
        }
        return keys;
    }
}
