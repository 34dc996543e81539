package org.ctipcheck.check;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * What a check produced, in the order of the request's submissions. {@code supplyChain} is the screen's summary
 * (null without an attestation or when the screen failed); {@code supplyChainFailure} says why a screen failed
 * (null otherwise). Every issued report was recorded (when the check records) before this outcome exists.
 */
public record CheckOutcome(List<CheckedSubmission> submissions, SupplyChainSummary supplyChain,
        String supplyChainFailure) {

    public CheckOutcome {
        submissions = List.copyOf(submissions);
    }

    public List<IssuedReport> issued() {
        return submissions.stream().filter(IssuedReport.class::isInstance).map(IssuedReport.class::cast).toList();
    }

    public List<CheckedSubmission.Refused> refused() {
        return submissions.stream().filter(CheckedSubmission.Refused.class::isInstance)
                .map(CheckedSubmission.Refused.class::cast).toList();
    }

    /** Submissions whose evaluation a failing rule stopped: no report, no record. */
    public List<CheckedSubmission.RuleFailed> ruleFailures() {
        return submissions.stream().filter(CheckedSubmission.RuleFailed.class::isInstance)
                .map(CheckedSubmission.RuleFailed.class::cast).toList();
    }

    /** Some input could not be used: a refused submission or a failed supply-chain screen. */
    public boolean hasInvalidInput() {
        return !refused().isEmpty() || supplyChainFailure != null;
    }

    public boolean hasFindingAtLeast(Severity severity) {
        return issued().stream().anyMatch(report -> report.hasFindingAtLeast(severity));
    }
}
