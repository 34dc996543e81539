package org.ctipcheck.audit;

/**
 * What the store says about one witness. CONFIRMED: the chain still holds what the witness saw. TRUNCATED: the log
 * ends before the witness's record. REWRITTEN: the record is there, or was, but the chain no longer matches.
 * UNTRUSTED: a signed head whose key is not trusted. FOREIGN: the witness belongs to another audit log.
 * {@code note} (or null) adds what does not change the verdict, such as a report file edited after it was issued.
 */
public record WitnessResult(String source, Verdict verdict, String message, String note) {
    public enum Verdict { CONFIRMED, TRUNCATED, REWRITTEN, UNTRUSTED, FOREIGN }

    public boolean confirmed() {
        return verdict == Verdict.CONFIRMED;
    }
}
