package org.ctipcheck.supplychain;

/** The attestation file as a whole cannot be screened (unreadable, or a header that does not match). */
public final class InvalidAttestationFile extends RuntimeException {
    public InvalidAttestationFile(String message) {
        super(message);
    }
}
