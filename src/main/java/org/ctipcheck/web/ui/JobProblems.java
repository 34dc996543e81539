package org.ctipcheck.web.ui;

import java.util.List;
import java.util.Map;
import org.ctipcheck.intake.SubmissionProblem;

/** What a failed job's problem detail says, as the check page lists problems: each field named, or what stopped it. */
final class JobProblems {
    private JobProblems() {
    }

    static List<String> of(Map<String, Object> error) {
        if (error == null) {
            return List.of("the check stopped; nothing was recorded");
        }
        if (error.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            return errors.stream().filter(Map.class::isInstance).map(Map.class::cast).map(JobProblems::located).toList();
        }
        return List.of(error.getOrDefault("title", "Stopped") + ": " + error.getOrDefault("detail", ""));
    }

    private static String located(Map<?, ?> problem) {
        return new SubmissionProblem(String.valueOf(problem.get("pointer")), number(problem.get("line")),
                number(problem.get("column")), String.valueOf(problem.get("detail"))).describe();
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }
}
