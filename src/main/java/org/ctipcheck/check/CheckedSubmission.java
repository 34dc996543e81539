package org.ctipcheck.check;

import java.util.List;
import org.ctipcheck.intake.SubmissionProblem;

/** What became of one submission of a check: a report issued, or refused as invalid input. */
public sealed interface CheckedSubmission permits IssuedReport, CheckedSubmission.Refused {

    /** The submission's name as the channel gave it. */
    String source();

    /** Not a valid submission: every problem with its JSON Pointer. Nothing was evaluated or recorded for it. */
    record Refused(String source, List<SubmissionProblem> problems) implements CheckedSubmission {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
