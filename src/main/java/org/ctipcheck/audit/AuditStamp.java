package org.ctipcheck.audit;

/** The place a record will take in the chain: reports carry it. {@code chainHead} is the hash it extends. */
public record AuditStamp(String evaluationId, long sequence, String chainHead) {
}
