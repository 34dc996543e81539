package org.ctipcheck.web.problem;

import java.util.List;
import org.ctipcheck.intake.SubmissionProblem;

/** A submission the check refused: answered 422 with each problem's JSON Pointer, line and column. */
public final class InvalidSubmissionException extends RuntimeException {
    private final String source;
    private final transient List<SubmissionProblem> problems;

    public InvalidSubmissionException(String source, List<SubmissionProblem> problems) {
        super(source + ": invalid submission");
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<SubmissionProblem> problems() {
        return problems;
    }
}
