package org.ctipcheck.intake;

import java.util.List;
import java.util.stream.Collectors;

/** The submission cannot be evaluated; every problem found is listed, not only the first. */
public final class InvalidSubmission extends Exception {
    private final String source;
    private final List<SubmissionProblem> problems;

    public InvalidSubmission(String source, List<SubmissionProblem> problems) {
        super(source + ": " + problems.stream().map(SubmissionProblem::describe).collect(Collectors.joining("; ")));
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
