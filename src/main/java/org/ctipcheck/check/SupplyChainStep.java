package org.ctipcheck.check;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import org.ctipcheck.audit.SupplyChainLog;
import org.ctipcheck.evaluation.RuleFailedException;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.Award;
import org.ctipcheck.submission.ContractTerms;
import org.ctipcheck.submission.ScreenFailure;
import org.ctipcheck.submission.SupplyChainContext;
import org.ctipcheck.supplychain.InvalidAttestationFile;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * The check's supply-chain screen: run once, on the first evaluated submission, and attached to every report of
 * the check. With an audit batch, the per-row hits stream into it while the screen runs.
 */
final class SupplyChainStep {
    private final CheckRequest request;
    private final Ruleset ruleset;
    private final ComplianceCheck.ReferenceListSource referenceLists;
    private final LocalDate evaluationDate;
    private final Executor executor;
    private final java.time.Duration ruleTimeLimit;
    private final Executor ruleRunner;
    private SupplyChainSummary summary;
    private String failure;
    /** A supply-chain rule failed: every submission of the check fails with it (the screen is part of each). */
    private RuleFailedException ruleFailure;

    SupplyChainStep(CheckRequest request, Ruleset ruleset, ComplianceCheck.ReferenceListSource referenceLists,
            LocalDate evaluationDate, Executor executor, Executor ruleRunner) {
        this.request = request;
        this.ruleRunner = ruleRunner;
        this.ruleset = ruleset;
        this.referenceLists = referenceLists;
        this.evaluationDate = evaluationDate;
        this.executor = executor;
        this.ruleTimeLimit = request.options().ruleTimeLimit();
    }

    boolean done() {
        return summary != null || failure != null || ruleFailure != null;
    }

    /** The screen's summary; null when it failed. */
    SupplyChainSummary summary() {
        return summary;
    }

    String failure() {
        return failure;
    }

    /**
     * The report with the screen's section. When the attestation could not be screened, the section says so and why
     * (the rule CTIP-SC-01.not-screened), and the determination cannot read as compliant (INCOMPLETE).
     */
    EvaluationReport attach(EvaluationReport report, Award award, AuditRecording recording) {
        if (!done()) {
            screen(recording, new SupplyChainContext(evaluationDate, terms(award, report.result().planDecision())));
        }
        if (ruleFailure != null) {
            throw ruleFailure;
        }
        if (failure != null) {
            return report.withSupplyChain(failedSummary());
        }
        return report.withSupplyChain(summary);
    }

    private SupplyChainSummary failedSummary() {
        String source = request.attestation().name();
        String reason = failure.startsWith(source + ": ") ? failure.substring(source.length() + 2) : failure;
        SupplyChainEvaluator evaluator = new SupplyChainEvaluator(ruleset, ruleTimeLimit, ruleRunner);
        return SupplyChainSummary.failed(source, request.attestation().format(), List.of(),
                evaluator.evaluateFailure(new ScreenFailure(source, reason), new SupplyChainContext(evaluationDate)),
                reason);
    }

    /**
     * The contract terms the supply-chain rules read: DoD or not, and the certification threshold the applicability
     * rules derived from the incorporated clause edition (CTIP-APPL-04, recorded in the plan decision): an edition
     * without an amount predates the certification paragraphs; no edition means the clause date is not known.
     */
    static ContractTerms terms(Award award, PlanDecision decision) {
        boolean defense = award != null && award.defense();
        Boolean workDocuments = award == null ? null : award.contractRequiresWorkDocuments();
        if (decision == null || decision.clauseEdition() == null) {
            return new ContractTerms(defense, null, null, true, workDocuments);
        }
        return new ContractTerms(defense, decision.clauseEdition(), decision.threshold(), decision.threshold() != null,
                workDocuments);
    }

    private void screen(AuditRecording recording, SupplyChainContext context) {
        SupplyChainLog log = recording == null ? null : recording.supplyChain();
        RowSink channel = new ChannelSink(request.rowSink());
        RowSink sink = log == null ? channel : both(channel, log);
        try {
            SupplyChainScreen screen = new SupplyChainScreen(new SupplyChainEvaluator(ruleset, ruleTimeLimit, ruleRunner),
                    referenceLists.lists(ruleset), context, executor);
            summary = screen.screen(request.attestation(), sink, request.progress());
        } catch (ChannelSink.WriteFailed e) {
            failure = "cannot write the per-row findings: " + e.getMessage();
            if (log != null) {
                log.discard();
            }
            return;
        } catch (InvalidAttestationFile e) {
            failure = e.getMessage();
            if (log != null) {
                log.discard();
            }
            return;
        } catch (RuleFailedException e) {
            ruleFailure = e;
            if (log != null) {
                log.discard();
            }
            return;
        } catch (RuntimeException e) {
            if (log != null) {
                log.discard();
            }
            throw e;
        }
        if (log != null) {
            recording.supplyChainRecorded(log.finish(summary));
        }
    }

    /** Each row to the channel's sink and to the audit log. */
    private static RowSink both(RowSink first, RowSink second) {
        return new RowSink() {
            @Override
            public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) throws IOException {
                first.row(row, findings, level);
                second.row(row, findings, level);
            }

            @Override
            public void rejected(long line, String reason) throws IOException {
                first.rejected(line, reason);
                second.rejected(line, reason);
            }

            @Override
            public void close() throws IOException {
                second.close();
            }
        };
    }
}
