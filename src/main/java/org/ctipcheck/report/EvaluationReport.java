package org.ctipcheck.report;

import java.time.Instant;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * What a report renders: the result plus which submission, which ruleset and which tool produced it, and the
 * supply-chain screen when one was run (null otherwise).
 */
public record EvaluationReport(
        ToolInfo tool,
        Instant generatedAt,
        SubmissionInfo submission,
        RulesetInfo ruleset,
        EvaluationResult result,
        SupplyChainSummary supplyChain,
        AuditInfo audit) {

    public EvaluationReport(ToolInfo tool, Instant generatedAt, SubmissionInfo submission, RulesetInfo ruleset,
            EvaluationResult result) {
        this(tool, generatedAt, submission, ruleset, result, null, null);
    }

    /** The same report with the supply-chain section of {@code ctip check --supply-chain}. */
    public EvaluationReport withSupplyChain(SupplyChainSummary summary) {
        return new EvaluationReport(tool, generatedAt, submission, ruleset, result, summary, audit);
    }

    /** The same report, stamped with where the audit log recorded it. */
    public EvaluationReport withAudit(AuditInfo stamp) {
        return new EvaluationReport(tool, generatedAt, submission, ruleset, result, supplyChain, stamp);
    }

    /**
     * Where the audit log holds this evaluation: its id, its position in the hash chain and the chain head it
     * was appended to (the hash of the record before it). The record in turn stores this report's SHA-256.
     */
    public record AuditInfo(String evaluationId, long sequence, String chainHead) {
    }

    public record ToolInfo(String name, String version) {
    }

    public record SubmissionInfo(String source, String format, String sha256, String awardId, String instrument,
            String agency, String organization) {
    }

    public record RulesetInfo(String sha256, int ruleCount, int requirementCount, String location) {
    }
}
