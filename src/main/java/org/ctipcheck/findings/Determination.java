package org.ctipcheck.findings;

import java.util.Collection;

/**
 * The answer of a check. INCOMPLETE: no violation was found in what could be examined, but evidence the check was
 * given could not be examined at all (an attestation that could not be screened), so it cannot read as compliant.
 */
public enum Determination {
    NON_COMPLIANT, INCOMPLETE, COMPLIANT_WITH_OBSERVATIONS, COMPLIANT;

    /** This determination when evidence could not be examined: a violation found stays one, anything else is incomplete. */
    public Determination withEvidenceMissing() {
        return this == NON_COMPLIANT ? NON_COMPLIANT : INCOMPLETE;
    }

    /** Any BLOCKER or MAJOR finding makes it non-compliant; MINOR, INFO or NEEDS_REVIEW leave observations. */
    public static Determination of(Collection<Finding> findings, Collection<ChecklistItem> checklist) {
        if (findings.stream().anyMatch(f -> f.status() == Status.NOT_MET && f.severity().atLeast(Severity.MAJOR))) {
            return NON_COMPLIANT;
        }
        boolean observations = !findings.isEmpty()
                || checklist.stream().anyMatch(item -> item.status() == Status.NEEDS_REVIEW);
        return observations ? COMPLIANT_WITH_OBSERVATIONS : COMPLIANT;
    }
}
