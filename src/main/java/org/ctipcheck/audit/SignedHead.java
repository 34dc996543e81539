package org.ctipcheck.audit;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The newest signed checkpoint of a log, exported for safekeeping outside the server: the chain had
 * {@code recordCount} records and head {@code headHash}, signed at {@code signedAt} by key {@code keyId} (its
 * public key included), with the same Ed25519 signature as the checkpoint in the store. Exporting needs no private
 * key. {@code firstRecordHash} (the hash of record #1, unsigned) tells one log from another.
 */
public record SignedHead(long recordCount, String headHash, String signedAt, String keyId, String publicKeyPem,
        String signature, String firstRecordHash) {
    static final String MARKER = "ctipAuditHead";

    static Optional<SignedHead> latest(Connection connection, PublicKey local) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select c.record_count, c.head_hash, c.signed_at, c.key_id, c.signature,"
                     + " k.public_key, e.previous_hash, e.content_hash from audit_checkpoint c"
                     + " left join audit_signing_key k on k.key_id = c.key_id"
                     + " left join audit_evaluation e on e.seq = 1"
                     + " where c.record_count = (select max(record_count) from audit_checkpoint)")) {
            if (!row.next()) {
                return Optional.empty();
            }
            String keyId = row.getString(4);
            String pem = row.getString(6);
            if (pem == null && local != null && SigningKey.keyId(local).equals(keyId)) {
                pem = SigningKey.pem(local);
            }
            if (pem == null) {
                throw new AuditException("the newest checkpoint (record #" + row.getLong(1) + ") was signed by key " + keyId
                        + ", which the store has not registered and which is not this host's key");
            }
            String first = row.getString(7) == null ? null : Hashing.link(row.getString(7), row.getString(8));
            return Optional.of(new SignedHead(row.getLong(1), row.getString(2), row.getString(3), keyId, pem,
                    row.getString(5), first));
        } catch (SQLException e) {
            throw new AuditException("cannot read the audit log: " + AuditStore.firstLine(e), e);
        }
    }

    /** The head as a JSON file. */
    public String toJson(String storeDescription) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(MARKER, 1);
        json.put("store", storeDescription);
        json.put("recordCount", recordCount);
        json.put("headHash", headHash);
        json.put("signedAt", signedAt);
        json.put("keyId", keyId);
        json.put("publicKey", publicKeyPem);
        json.put("signature", signature);
        json.put("firstRecordHash", firstRecordHash);
        return AuditJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }

    /** Whether the bytes are a signed head file (a JSON object with the head's marker), as opposed to a report. */
    public static boolean isSignedHead(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).stripLeading();
        return text.startsWith("{") && text.contains("\"" + MARKER + "\"");
    }

    public static SignedHead parse(String source, byte[] bytes) {
        JsonNode json;
        try {
            json = AuditJson.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new AuditInputException(source + ": not a signed head file (not JSON: " + e.getOriginalMessage() + ")");
        }
        if (json == null || json.path(MARKER).asInt(0) != 1) {
            throw new AuditInputException(source + ": not a signed head file (written by ctip audit head)");
        }
        for (String field : new String[] {"recordCount", "headHash", "signedAt", "keyId", "publicKey", "signature"}) {
            if (json.path(field).isMissingNode() || json.path(field).isNull()) {
                throw new AuditInputException(source + ": incomplete signed head (no " + field + ")");
            }
        }
        SignedHead head = new SignedHead(json.path("recordCount").asLong(), json.path("headHash").asString(),
                json.path("signedAt").asString(), json.path("keyId").asString(), json.path("publicKey").asString(),
                json.path("signature").asString(), json.path("firstRecordHash").asString(null));
        head.verifiedKey(source);
        return head;
    }

    /** The head's own public key, if its signature verifies under it and it has the id the head names. */
    PublicKey verifiedKey(String source) {
        PublicKey key = SigningKey.parsePublic(null, publicKeyPem, source + ": the head's public key");
        String message = SigningKey.checkpointMessage(recordCount, headHash, signedAt);
        if (!SigningKey.keyId(key).equals(keyId) || !SigningKey.verify(key, message, signature)) {
            throw new AuditInputException(source + ": the signed head does not verify under its own key: the file was"
                    + " edited after it was exported");
        }
        return key;
    }
}
