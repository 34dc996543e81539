package org.ctipcheck.evaluation;

import java.util.List;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;

/** What one rule firing said about one requirement; {@code finding} is false for checklist-only entries. */
record RecordedOutcome(RuleInfo rule, String requirementId, Status status, String message, List<Evidence> evidence,
        boolean finding) {
}
