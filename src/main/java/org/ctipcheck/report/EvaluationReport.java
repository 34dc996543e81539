package org.ctipcheck.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * What a report renders: the result plus which submission, which ruleset and which tool produced it, the
 * editions of the reference lists the rules read, and the supply-chain screen when one was run (null otherwise).
 */
public record EvaluationReport(
        ToolInfo tool,
        Instant generatedAt,
        SubmissionInfo submission,
        RulesetInfo ruleset,
        EvaluationResult result,
        List<ReferenceListEdition> referenceLists,
        SupplyChainSummary supplyChain,
        AuditInfo audit) {

    public EvaluationReport {
        referenceLists = referenceLists == null ? List.of() : List.copyOf(referenceLists);
    }

    public EvaluationReport(ToolInfo tool, Instant generatedAt, SubmissionInfo submission, RulesetInfo ruleset,
            EvaluationResult result) {
        this(tool, generatedAt, submission, ruleset, result, List.of(), null, null);
    }

    /** The same report with the supply-chain section of a screened attestation file. */
    public EvaluationReport withSupplyChain(SupplyChainSummary summary) {
        org.ctipcheck.findings.EvaluationResult judged = summary != null && summary.failed()
                ? result.withDetermination(result.determination().withEvidenceMissing()) : result;
        return new EvaluationReport(tool, generatedAt, submission, ruleset, judged, referenceLists, summary, audit);
    }

    /** The same report, naming the editions of the reference lists the rules read. */
    public EvaluationReport withReferenceLists(List<ReferenceListEdition> lists) {
        return new EvaluationReport(tool, generatedAt, submission, ruleset, result, lists, supplyChain, audit);
    }

    /** The same report, stamped with where the audit log recorded it. */
    public EvaluationReport withAudit(AuditInfo stamp) {
        return new EvaluationReport(tool, generatedAt, submission, ruleset, result, referenceLists, supplyChain, stamp);
    }

    /**
     * Every reference list this evaluation used: those the rules read, then those only the supply-chain screen
     * read. A list both used (same id and edition) is named once.
     */
    public List<ReferenceListEdition> referenceListsUsed() {
        if (supplyChain == null || supplyChain.lists().isEmpty()) {
            return referenceLists;
        }
        List<ReferenceListEdition> all = new ArrayList<>(referenceLists);
        for (ReferenceListEdition list : supplyChain.lists()) {
            if (all.stream().noneMatch(known -> known.id().equals(list.id())
                    && java.util.Objects.equals(known.edition(), list.edition())
                    && java.util.Objects.equals(known.asOf(), list.asOf()))) {
                all.add(list);
            }
        }
        return List.copyOf(all);
    }

    /**
     * Where the audit log holds this evaluation: its id, its position in the hash chain and the chain head it
     * was appended to (the hash of the record before it). The record in turn stores this report's SHA-256.
     */
    /**
     * The audit record a report names. {@code unverifiedCopy}: rendered again from a saved JSON report that could
     * not be checked against that record, so every format says so (never set on a report a check issued).
     */
    public record AuditInfo(String evaluationId, long sequence, String chainHead,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Boolean unverifiedCopy) {

        /** Only a copy is marked: "not a copy" is no mark at all, however a saved report wrote it. */
        public AuditInfo {
            unverifiedCopy = Boolean.TRUE.equals(unverifiedCopy) ? Boolean.TRUE : null;
        }

        public AuditInfo(String evaluationId, long sequence, String chainHead) {
            this(evaluationId, sequence, chainHead, null);
        }

        public AuditInfo unverified() {
            return new AuditInfo(evaluationId, sequence, chainHead, Boolean.TRUE);
        }

        public boolean isUnverifiedCopy() {
            return Boolean.TRUE.equals(unverifiedCopy);
        }
    }

    public record ToolInfo(String name, String version) {
    }

    public record SubmissionInfo(String source, String format, String sha256, String awardId, String instrument,
            String agency, String organization) {
    }

    public record RulesetInfo(String sha256, int ruleCount, int requirementCount, String location) {
    }
}
