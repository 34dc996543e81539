package org.ctipcheck.audit;

/**
 * The outcome of walking the chain: intact, or the first problem found, naming the record
 * ({@code problemSequence}, 0 when none) and what happened to it.
 */
public record ChainVerification(boolean intact, long records, long checkpoints, String headHash, Problem problem,
        long problemSequence, String message) {

    public enum Problem { MODIFIED, DELETED, INSERTED, REORDERED, BAD_CHECKPOINT }

    static ChainVerification ok(long records, long checkpoints, String head) {
        return new ChainVerification(true, records, checkpoints, head, null, 0,
                records + " records, " + checkpoints + " signed checkpoints, chain head " + head);
    }

    static ChainVerification broken(long records, long checkpoints, Problem problem, long sequence, String message) {
        return new ChainVerification(false, records, checkpoints, null, problem, sequence, message);
    }
}
