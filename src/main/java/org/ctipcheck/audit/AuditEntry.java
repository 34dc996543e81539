package org.ctipcheck.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.RuleHit;

/**
 * What is recorded about one evaluation. {@code ruleFiles} are archived under {@code rulesetFingerprint} the
 * first time that fingerprint is seen; {@code reportHashes} maps a report format (text, json, pdf, html, csv, oscal) to the SHA-256 of
 * the report as produced; {@code supplyChain} is the screen of {@code --supply-chain}, recorded in the same batch
 * (null without one). {@code idempotencyKey} (null for none, at most 200 characters) makes a retry of the same
 * request find this record ({@link AuditWriter#recorded}) instead of recording a second; {@code issuedJsonReport} is
 * the JSON report exactly as issued (null to keep none), whose SHA-256 must be {@code reportHashes["json"]}, so
 * that a retry can be answered with it.
 */
public record AuditEntry(
        Instant recordedAt,
        String actor,
        String role,
        String organization,
        String awardId,
        String source,
        String submissionSha256,
        String canonicalSubmission,
        String rulesetFingerprint,
        List<RuleSource> ruleFiles,
        List<String> referenceEditions,
        LocalDate evaluationDate,
        Determination determination,
        List<Finding> findings,
        List<RuleHit> ruleHits,
        Map<String, String> reportHashes,
        SupplyChainLog.Recorded supplyChain,
        String idempotencyKey,
        byte[] issuedJsonReport) {
    /** Longest idempotency key (the column's width). */
    public static final int MAX_IDEMPOTENCY_KEY = 200;

    /** An evaluation without a supply-chain screen. */
    public AuditEntry(Instant recordedAt, String actor, String role, String organization, String awardId, String source,
            String submissionSha256, String canonicalSubmission, String rulesetFingerprint, List<RuleSource> ruleFiles,
            List<String> referenceEditions, LocalDate evaluationDate, Determination determination, List<Finding> findings,
            List<RuleHit> ruleHits, Map<String, String> reportHashes) {
        this(recordedAt, actor, role, organization, awardId, source, submissionSha256, canonicalSubmission,
                rulesetFingerprint, ruleFiles, referenceEditions, evaluationDate, determination, findings, ruleHits,
                reportHashes, null, null, null);
    }

    /** An evaluation without an idempotency key or a kept report. */
    public AuditEntry(Instant recordedAt, String actor, String role, String organization, String awardId, String source,
            String submissionSha256, String canonicalSubmission, String rulesetFingerprint, List<RuleSource> ruleFiles,
            List<String> referenceEditions, LocalDate evaluationDate, Determination determination, List<Finding> findings,
            List<RuleHit> ruleHits, Map<String, String> reportHashes, SupplyChainLog.Recorded supplyChain) {
        this(recordedAt, actor, role, organization, awardId, source, submissionSha256, canonicalSubmission,
                rulesetFingerprint, ruleFiles, referenceEditions, evaluationDate, determination, findings, ruleHits,
                reportHashes, supplyChain, null, null);
    }

    /** This entry with an idempotency key and the JSON report issued for it. */
    public AuditEntry withIdempotency(String key, byte[] jsonReport) {
        return new AuditEntry(recordedAt, actor, role, organization, awardId, source, submissionSha256,
                canonicalSubmission, rulesetFingerprint, ruleFiles, referenceEditions, evaluationDate, determination,
                findings, ruleHits, reportHashes, supplyChain, key, jsonReport);
    }

    public AuditEntry {
        ruleFiles = List.copyOf(ruleFiles);
        referenceEditions = List.copyOf(referenceEditions);
        findings = List.copyOf(findings);
        ruleHits = List.copyOf(ruleHits);
        reportHashes = Map.copyOf(reportHashes);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new IllegalArgumentException("an idempotency key must be 1 to " + MAX_IDEMPOTENCY_KEY
                    + " characters and not blank");
        }
        if (issuedJsonReport != null && !Hashing.sha256Of(issuedJsonReport).equals(reportHashes.get("json"))) {
            throw new IllegalArgumentException("the kept JSON report is not the one whose SHA-256 is reportHashes[\"json\"]");
        }
    }

    /** SHA-256 of a report's text, for {@link #reportHashes()}. */
    public static String reportHash(String report) {
        return Hashing.sha256Of(report);
    }

    /** SHA-256 of a report's bytes (a PDF, or text as UTF-8), for {@link #reportHashes()}. */
    public static String reportHash(byte[] report) {
        return Hashing.sha256Of(report);
    }
}
