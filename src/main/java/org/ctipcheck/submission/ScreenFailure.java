package org.ctipcheck.submission;

/**
 * A supply-chain attestation that could not be screened at all (unreadable, empty, wrong delimiter or encoding, a
 * header without the required columns): {@code source} names it, {@code reason} says why. Nothing in it was
 * checked, so no report may read as if it had been.
 */
public record ScreenFailure(String source, String reason) {
}
