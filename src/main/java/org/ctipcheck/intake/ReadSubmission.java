package org.ctipcheck.intake;

import org.ctipcheck.submission.Submission;

/** A submission read, validated and mapped: its DTO, its facts and the SHA-256 of its canonical JSON (RFC 8785). */
public record ReadSubmission(String source, String format, SubmissionDto dto, Submission facts, String sha256,
        String canonicalJson) {
}
