package org.ctipcheck.check;

import java.util.List;
import org.ctipcheck.intake.SubmissionProblem;

/**
 * What became of one submission of a check: a report issued, refused as invalid input, or not evaluated to the end
 * because a rule failed.
 */
public sealed interface CheckedSubmission permits IssuedReport, CheckedSubmission.Refused, CheckedSubmission.RuleFailed {

    /** The submission's name as the channel gave it. */
    String source();

    /** Not a valid submission: every problem with its JSON Pointer. Nothing was evaluated or recorded for it. */
    record Refused(String source, List<SubmissionProblem> problems) implements CheckedSubmission {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A rule failed while this submission was evaluated or the check's attestation screened (it threw, or kept firing
     * past the time limit): the evaluation has no result, so no report was issued and nothing was recorded for it.
     *
     * @param ruleId the rule that failed; null when the engine did not say
     * @param message what failed, naming the rule
     */
    record RuleFailed(String source, String ruleId, String message) implements CheckedSubmission {
    }
}
