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
 * (null without one).
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
        SupplyChainLog.Recorded supplyChain) {

    /** An evaluation without a supply-chain screen. */
    public AuditEntry(Instant recordedAt, String actor, String role, String organization, String awardId, String source,
            String submissionSha256, String canonicalSubmission, String rulesetFingerprint, List<RuleSource> ruleFiles,
            List<String> referenceEditions, LocalDate evaluationDate, Determination determination, List<Finding> findings,
            List<RuleHit> ruleHits, Map<String, String> reportHashes) {
        this(recordedAt, actor, role, organization, awardId, source, submissionSha256, canonicalSubmission,
                rulesetFingerprint, ruleFiles, referenceEditions, evaluationDate, determination, findings, ruleHits,
                reportHashes, null);
    }

    public AuditEntry {
        ruleFiles = List.copyOf(ruleFiles);
        referenceEditions = List.copyOf(referenceEditions);
        findings = List.copyOf(findings);
        ruleHits = List.copyOf(ruleHits);
        reportHashes = Map.copyOf(reportHashes);
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
