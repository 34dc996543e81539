package org.ctipcheck.findings;

import java.util.Collection;

/**
 * The answer of a check. INCOMPLETE: no violation was found in what could be examined, but the check could not decide
 * everything it had to, so it cannot read as compliant. Three causes: evidence the check was given could not be
 * examined at all (an attestation that could not be screened, CTIP-SC-01.not-screened); whether a compliance plan is
 * required is UNDETERMINED (a fact that decides it is missing); or a requirement of the checklist could not be
 * decided (NEEDS_REVIEW: the evidence it rests on, often a whole section such as the workforce or the policies, is
 * absent). A violation found (a BLOCKER or MAJOR finding) keeps the check NON_COMPLIANT in every case.
 */
public enum Determination {
    NON_COMPLIANT, INCOMPLETE, COMPLIANT_WITH_OBSERVATIONS, COMPLIANT;

    /** This determination when evidence could not be examined: a violation found stays one, anything else is incomplete. */
    public Determination withEvidenceMissing() {
        return this == NON_COMPLIANT ? NON_COMPLIANT : INCOMPLETE;
    }

    /**
     * Any BLOCKER or MAJOR finding makes it non-compliant; otherwise an undetermined plan requirement or an undecided
     * checklist entry makes it incomplete; otherwise MINOR or INFO findings leave observations.
     */
    public static Determination of(Collection<Finding> findings, Collection<ChecklistItem> checklist,
            PlanDecision planDecision) {
        if (findings.stream().anyMatch(f -> f.status() == Status.NOT_MET && f.severity().atLeast(Severity.MAJOR))) {
            return NON_COMPLIANT;
        }
        boolean undecided = planDecision.outcome() == PlanDecision.Outcome.UNDETERMINED
                || checklist.stream().anyMatch(item -> item.status() == Status.NEEDS_REVIEW);
        if (undecided) {
            return INCOMPLETE;
        }
        return findings.isEmpty() ? COMPLIANT : COMPLIANT_WITH_OBSERVATIONS;
    }
}
