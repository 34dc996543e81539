package org.ctipcheck.web.problem;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.ctipcheck.intake.SubmissionProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details as the service writes them: {@code type} names the kind of problem (one of ours, or
 * {@code about:blank} when the status says it all), {@code title} the status, {@code detail} what went wrong here,
 * in the user's terms; an invalid submission adds {@code errors}: each problem with its JSON Pointer, line and
 * column.
 */
public final class Problems {
    public static final String TYPE_PREFIX = "urn:ctip-check:problem:";
    public static final URI INVALID_SUBMISSION = URI.create(TYPE_PREFIX + "invalid-submission");
    public static final URI INVALID_PARAMETER = URI.create(TYPE_PREFIX + "invalid-parameter");
    public static final URI AUDIT_LOG_UNAVAILABLE = URI.create(TYPE_PREFIX + "audit-log-unavailable");
    public static final URI RULE_FAILED = URI.create(TYPE_PREFIX + "rule-failed");
    public static final URI REPORT_NOT_KEPT = URI.create(TYPE_PREFIX + "report-not-kept");
    public static final URI AUDIT_LOG_TAMPERED = URI.create(TYPE_PREFIX + "audit-log-tampered");
    public static final URI RULES_BUSY = URI.create(TYPE_PREFIX + "rules-busy");
    public static final URI TOO_LARGE = URI.create(TYPE_PREFIX + "too-large");
    /** The seconds a caller refused for busy rule threads is asked to wait. */
    public static final long RULES_BUSY_RETRY_SECONDS = 5;
    public static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** A problem the status says all about: type {@code about:blank}, title the status's reason phrase. */
    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** 422 with every problem of the submission (or of the request's parameters) in {@code errors}. */
    public static ProblemDetail invalidSubmission(String source, List<SubmissionProblem> problems) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_SUBMISSION, "Invalid submission",
                source + " is not a valid submission (" + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + "); nothing was evaluated or recorded");
        problem.setProperty("errors", problems.stream().map(Problems::error).toList());
        return problem;
    }

    private static Map<String, Object> error(SubmissionProblem problem) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("pointer", problem.pointer() == null ? "" : problem.pointer());
        if (problem.line() > 0) {
            error.put("line", problem.line());
        }
        if (problem.column() > 0) {
            error.put("column", problem.column());
        }
        error.put("detail", problem.message());
        return error;
    }

    /**
     * The problem as its JSON members, {@code type} always spelled out ({@code about:blank} included) so that every
     * error the service answers has the same shape.
     */
    public static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", (problem.getType() == null ? ABOUT_BLANK : problem.getType()).toString());
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        body.put("title", problem.getTitle() != null ? problem.getTitle() : status != null ? status.getReasonPhrase() : "Error");
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /**
     * 503: no rule thread was free to evaluate (ctip.rules.runner-threads all busy, or held by rules that never
     * returned); nothing was evaluated or recorded.
     */
    public static ProblemDetail rulesBusy(String why) {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, RULES_BUSY, "Rules busy", "not evaluated: " + why
                + "; nothing was recorded: submit again later");
        problem.setProperty("retryAfterSeconds", RULES_BUSY_RETRY_SECONDS);
        return problem;
    }

    /**
     * 413: a body, part or request over its limit; {@code limit} names the setting ({@code ctip.limits.*}),
     * {@code maxBytes} and {@code allowed} the size it allows (null: a limit that is not a size, such as the parts).
     */
    public static ProblemDetail tooLarge(String detail, String setting, Long maxBytes) {
        ProblemDetail problem = of(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Content too large",
                detail + "; nothing was evaluated or recorded");
        problem.setProperty("limit", setting);
        if (maxBytes != null) {
            problem.setProperty("maxBytes", maxBytes);
            problem.setProperty("allowed", size(maxBytes));
        }
        return problem;
    }

    /** A size as the settings are written: 10MB, 256KB, or bytes when it is not a whole number of either. */
    public static String size(long bytes) {
        if (bytes > 0 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + "MB";
        }
        if (bytes > 0 && bytes % 1024 == 0) {
            return bytes / 1024 + "KB";
        }
        return bytes + " bytes";
    }

    /** Writes a problem outside Spring MVC (the security filters). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body(problem));
    }
}
