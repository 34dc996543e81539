package org.ctipcheck.evaluation;

import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.Severity;

/**
 * While the plan requirement is UNDETERMINED the plan and its elements are still checked, so the reader learns what
 * would be missing, but a gap in a plan that may not be required is no violation: a BLOCKER or MAJOR finding of a
 * "plan" or "plan-element" requirement is reported as MINOR, its message saying that it holds only if a plan is
 * required. The determination is then INCOMPLETE (see {@link org.ctipcheck.findings.Determination}), never
 * NON_COMPLIANT on the strength of a plan the contract may not call for.
 */
final class PlanElementGaps {
    static final String IF_REQUIRED = "If a compliance plan is required (undetermined): ";

    private PlanElementGaps() {
    }

    static Finding whileUndetermined(Finding finding, PlanDecision decision, Requirement requirement) {
        boolean planScope = requirement != null
                && (requirement.scope().equals("plan") || requirement.scope().equals("plan-element"));
        if (decision.outcome() != PlanDecision.Outcome.UNDETERMINED || !planScope
                || !finding.severity().atLeast(Severity.MAJOR)) {
            return finding;
        }
        return new Finding(finding.ruleId(), finding.requirementId(), Severity.MINOR, finding.status(),
                finding.citation(), finding.title(), IF_REQUIRED + finding.message(), finding.evidence(),
                finding.remediation(), finding.confidence());
    }
}
