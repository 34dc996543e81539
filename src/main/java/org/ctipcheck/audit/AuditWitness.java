package org.ctipcheck.audit;

/**
 * Something kept outside the store that says what the chain held at some point: an issued report's audit stamp,
 * or a signed head exported with {@code ctip audit head}. {@code source} names it in messages.
 */
public sealed interface AuditWitness {
    String source();

    /**
     * A report's stamp: the record it was issued as and the chain head it was appended to. {@code fileSha256} is
     * the SHA-256 of the report file; {@code wholeFile} says the file is one report, whose hash the record holds
     * (a JSON array of several reports is not recorded as a whole).
     */
    record Report(String source, String evaluationId, long sequence, String chainHead, String fileSha256,
            boolean wholeFile) implements AuditWitness {
    }

    /** A signed head: the newest checkpoint of the log when it was exported. */
    record Head(String source, SignedHead head) implements AuditWitness {
    }
}
