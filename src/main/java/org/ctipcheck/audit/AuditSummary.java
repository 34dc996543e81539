package org.ctipcheck.audit;

/** One line of {@code ctip audit list}. */
public record AuditSummary(long sequence, String evaluationId, String recordedAt, String actor, String role,
        String organization, String awardId, String determination, int findingCount, String rulesetFingerprint,
        String submissionSha256) {
}
