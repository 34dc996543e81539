package org.ctipcheck.audit;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One evaluation read back from the log, for show, export and replay. {@code idempotencyKey} and
 * {@code issuedJsonReport} (the JSON report exactly as issued) are null when the check carried no key or kept no
 * report.
 */
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
        String contentHash,
        SupplyChain supplyChain,
        String idempotencyKey,
        byte[] issuedJsonReport) {

    public record Hit(int sequence, String ruleId, String requirementId, String outcome, List<String> matched) {
    }

    /**
     * The supply-chain screen of the check this record belongs to (null without --supply-chain): the attestation
     * file by SHA-256, the reference lists used, the row counts, hits per rule and the rules' matched columns.
     * The per-row hits are read with {@link AuditQueries#forEachSupplyChainHit}.
     */
    public record SupplyChain(String screenId, String attestationSha256, String source, String format,
            JsonNode referenceLists, long rowsRead, long rowsEvaluated, long rowsRejected, Map<String, Long> hitsByRule,
            List<SupplyChainRule> rules, JsonNode listFindings, long hitCount) {
    }

    /** A rule that fired on attestation rows and the columns it tests. */
    public record SupplyChainRule(String ruleId, String requirementId, String severity, List<String> columns) {
    }

    /** One rule hit on one attestation row: the row's line in the file, the rule, and the columns it matched. */
    public record SupplyChainHit(long line, String ruleId, String requirementId, String status, String supplierId,
            List<String> columns) {
    }
}
