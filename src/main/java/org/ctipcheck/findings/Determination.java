package org.ctipcheck.findings;

import java.util.Collection;

public enum Determination {
    NON_COMPLIANT, COMPLIANT_WITH_OBSERVATIONS, COMPLIANT;

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
