package org.ctipcheck.workflow;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.findings.Severity;

/** The step's input as read from the process variables: the submission's name and bytes, and the check's options. */
record StepInput(String name, byte[] content, CheckOptions options) {
    static final String DEFAULT_NAME = "process-submission";

    static StepInput read(Map<String, Object> variables, SubmissionResolver resolver, CheckOptions base) {
        Object text = variables.get(WorkflowVariables.SUBMISSION);
        Object reference = variables.get(WorkflowVariables.SUBMISSION_REF);
        String name = text(variables, WorkflowVariables.SUBMISSION_NAME);
        byte[] content;
        if (present(text) && present(reference)) {
            throw InvalidWorkflowInput.variable(WorkflowVariables.SUBMISSION,
                    "give the submission as text or as " + WorkflowVariables.SUBMISSION_REF + ", not both");
        } else if (present(text)) {
            content = text.toString().getBytes(StandardCharsets.UTF_8);
        } else if (present(reference)) {
            if (resolver == null) {
                throw InvalidWorkflowInput.variable(WorkflowVariables.SUBMISSION_REF,
                        "this host resolves no submission references; give the submission as text in "
                                + WorkflowVariables.SUBMISSION);
            }
            SubmissionResolver.Resolved resolved = resolver.resolve(reference.toString());
            content = resolved.content();
            name = name != null ? name : resolved.name();
        } else {
            throw InvalidWorkflowInput.variable(WorkflowVariables.SUBMISSION,
                    "missing: give the submission as JSON or YAML text, or " + WorkflowVariables.SUBMISSION_REF);
        }
        return new StepInput(name != null ? name : DEFAULT_NAME, content, options(variables, base));
    }

    private static CheckOptions options(Map<String, Object> variables, CheckOptions base) {
        CheckOptions options = base;
        try {
            LocalDate date = date(variables.get(WorkflowVariables.EVALUATION_DATE));
            if (date != null) {
                options = options.withEvaluationDate(date);
            }
            String failOn = text(variables, WorkflowVariables.FAIL_ON);
            if (failOn != null) {
                options = options.withFailOn(Severity.parse(failOn));
            }
            Object days = variables.get(WorkflowVariables.NOTIFY_WITHIN_DAYS);
            if (present(days)) {
                options = options.withNotifyWithinDays(days instanceof Number n ? n.intValue()
                        : Integer.parseInt(days.toString().strip()));
            }
            String actor = text(variables, WorkflowVariables.ACTOR);
            String role = text(variables, WorkflowVariables.ROLE);
            if (actor != null || role != null) {
                options = options.withActor(actor != null ? actor : options.actor(), role != null ? role : options.role());
            }
            String organization = text(variables, WorkflowVariables.ORGANIZATION);
            return organization != null ? options.withOrganizationScope(organization) : options;
        } catch (NumberFormatException e) {
            throw InvalidWorkflowInput.variable(WorkflowVariables.NOTIFY_WITHIN_DAYS, "not a whole number of days");
        } catch (IllegalArgumentException e) {
            throw new InvalidWorkflowInput(InvalidWorkflowInput.INVALID_INPUT, e.getMessage(),
                    java.util.List.of(e.getMessage()));
        }
    }

    private static LocalDate date(Object value) {
        if (!present(value)) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw InvalidWorkflowInput.variable(WorkflowVariables.EVALUATION_DATE,
                    "'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return present(value) ? value.toString().strip() : null;
    }

    private static boolean present(Object value) {
        return value != null && !value.toString().isBlank();
    }
}
