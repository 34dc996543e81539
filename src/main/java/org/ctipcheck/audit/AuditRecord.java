package org.ctipcheck.audit;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One evaluation read back from the log, for show, export and replay. */
public record AuditRecord(
        long sequence,
        String evaluationId,
        String recordedAt,
        String actor,
        String role,
        String organization,
        String awardId,
        String source,
        String submissionSha256,
        String canonicalSubmission,
        String rulesetFingerprint,
        List<String> referenceEditions,
        String evaluationDate,
        String determination,
        JsonNode findings,
        List<Hit> ruleHits,
        Map<String, String> reportHashes,
        String previousHash,
        String contentHash) {

    public record Hit(int sequence, String ruleId, String requirementId, String outcome, List<String> matched) {
    }
}
