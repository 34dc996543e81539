package org.ctipcheck.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step's input cannot be checked: the submission is invalid ({@link #INVALID_SUBMISSION}, with every problem) or
 * the process variables are ({@link #INVALID_INPUT}). Adapters throw it on as a BPMN error with {@link #code()} and
 * set {@link #variables()}; nothing was evaluated or recorded. Retrying cannot help, so it is never retried.
 */
public final class InvalidWorkflowInput extends RuntimeException {
    public static final String INVALID_SUBMISSION = "CTIP_INVALID_SUBMISSION";
    public static final String INVALID_INPUT = "CTIP_INVALID_INPUT";

    private final String code;
    private final List<String> problems;

    public InvalidWorkflowInput(String code, String message, List<String> problems) {
        super(message);
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** A process variable is missing or wrong. */
    public static InvalidWorkflowInput variable(String name, String problem) {
        return new InvalidWorkflowInput(INVALID_INPUT, "process variable " + name + ": " + problem,
                List.of(name + ": " + problem));
    }

    /** The BPMN error code. */
    public String code() {
        return code;
    }

    public List<String> problems() {
        return problems;
    }

    /** What the process gets with the error: the problems (one a line) and the message. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(WorkflowVariables.PROBLEMS, String.join("\n", problems));
        variables.put(WorkflowVariables.ERROR_MESSAGE, getMessage());
        return variables;
    }
}
