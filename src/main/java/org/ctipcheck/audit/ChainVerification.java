package org.ctipcheck.audit;

import java.util.List;

/**
 * The outcome of walking the chain: intact, or the first problem found, naming the record
 * ({@code problemSequence}, 0 when none) and what happened to it. {@code keys} names every key that signed a
 * checkpoint; {@code trustFromStore} is true when no key was given to trust, so the keys registered in the store
 * itself were trusted.
 */
public record ChainVerification(boolean intact, long records, long checkpoints, String headHash, Problem problem,
        long problemSequence, String message, List<Signer> keys, boolean trustFromStore) {

    /**
     * BAD_CHECKPOINT: a signature that does not verify under the key it names (forged or altered);
     * UNTRUSTED_KEY: checkpoints that verify, or cannot be checked, but under a key that is not trusted.
     */
    public enum Problem { MODIFIED, DELETED, INSERTED, REORDERED, BAD_CHECKPOINT, UNTRUSTED_KEY }

    /**
     * A key that signed checkpoints: its id, how many checkpoints, when the store registered it (null if it did
     * not), whether it is the key this host signs with, and whether it was trusted in this verification.
     */
    public record Signer(String keyId, long checkpoints, String registeredAt, boolean local, boolean trusted) {
    }

    static ChainVerification ok(long records, long checkpoints, String head) {
        return new ChainVerification(true, records, checkpoints, head, null, 0,
                records + " records, " + checkpoints + " signed checkpoints, chain head " + head, List.of(), false);
    }

    static ChainVerification broken(long records, long checkpoints, Problem problem, long sequence, String message) {
        return new ChainVerification(false, records, checkpoints, null, problem, sequence, message, List.of(), false);
    }

    ChainVerification withKeys(List<Signer> signers, boolean fromStore) {
        return new ChainVerification(intact, records, checkpoints, headHash, problem, problemSequence, message,
                List.copyOf(signers), fromStore);
    }
}
