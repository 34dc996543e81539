package org.ctipcheck.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which key each checkpoint is checked with, and whether that key is trusted. Keys given by the auditor are the
 * only trusted ones when there are any; otherwise every key registered in the store is (and this host's own key,
 * which signed checkpoints before stores registered keys). Counts the checkpoints each key signed.
 */
final class CheckpointKeys {
    enum Verdict {
        /** The signature verifies under a trusted key. */
        TRUSTED,
        /** The signature verifies, under a registered key that is not trusted. */
        UNTRUSTED,
        /** The signature does not verify under the key the checkpoint names: forged or altered. */
        BAD_SIGNATURE,
        /** The key named is neither trusted nor registered: the signature cannot be checked. */
        UNKNOWN_KEY,
        /** The key registered under the checkpoint's key id is not the key with that id. */
        ALTERED_REGISTRY
    }

    private final Map<String, PublicKey> given = new LinkedHashMap<>();
    private final Map<String, KeyRegistry.Registered> registered;
    private final PublicKey local;
    private final Map<String, long[]> uses = new LinkedHashMap<>();
    private final UntrustedRecords untrusted = new UntrustedRecords();

    CheckpointKeys(List<PublicKey> trusted, Map<String, KeyRegistry.Registered> registered, PublicKey local) {
        trusted.forEach(key -> given.put(SigningKey.keyId(key), key));
        this.registered = registered;
        this.local = local;
    }

    /** The records whose checkpoint a key that is not trusted signed. */
    UntrustedRecords untrusted() {
        return untrusted;
    }

    boolean fromStore() {
        return given.isEmpty();
    }

    Verdict check(String keyId, String message, String signature) {
        uses.computeIfAbsent(keyId, id -> new long[1])[0]++;
        PublicKey key = given.get(keyId);
        boolean trusted = key != null;
        if (key == null) {
            KeyRegistry.Registered entry = registered.get(keyId);
            if (entry != null && entry.key() == null) {
                return Verdict.ALTERED_REGISTRY;
            }
            key = entry != null ? entry.key() : isLocal(keyId) ? local : null;
            trusted = fromStore();
        }
        if (key == null) {
            return Verdict.UNKNOWN_KEY;
        }
        if (!SigningKey.verify(key, message, signature)) {
            return Verdict.BAD_SIGNATURE;
        }
        return trusted ? Verdict.TRUSTED : Verdict.UNTRUSTED;
    }

    private boolean isLocal(String keyId) {
        return local != null && SigningKey.keyId(local).equals(keyId);
    }

    String registeredAt(String keyId) {
        KeyRegistry.Registered entry = registered.get(keyId);
        return entry == null ? null : entry.registeredAt();
    }

    /** Every key that signed a checkpoint, in the order first seen. */
    List<ChainVerification.Signer> signers() {
        List<ChainVerification.Signer> signers = new ArrayList<>();
        uses.forEach((keyId, count) -> {
            KeyRegistry.Registered entry = registered.get(keyId);
            boolean trusted = given.containsKey(keyId)
                    || fromStore() && (entry != null && entry.key() != null || entry == null && isLocal(keyId));
            signers.add(new ChainVerification.Signer(keyId, count[0], entry == null ? null : entry.registeredAt(),
                    isLocal(keyId), trusted));
        });
        return signers;
    }
}
