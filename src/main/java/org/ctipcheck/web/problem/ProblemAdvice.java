package org.ctipcheck.web.problem;

import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.StoreInUseException;
import org.ctipcheck.check.AuditReplay;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.evaluation.RuleFailedException;
import org.ctipcheck.evaluation.RulesetException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.ServerPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a controller meets, as application/problem+json: Spring MVC's own (404 no such resource, 405, 406,
 * 413 upload too large, 415, 400 bad parameter) through {@link ResponseEntityExceptionHandler}, and the service's
 * below. No stack trace or Java name ever reaches the caller.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
    private final ServerPaths paths;
    private final CtipProperties.Limits limits;

    ProblemAdvice(ServerPaths paths, CtipProperties properties) {
        this.paths = paths;
        this.limits = properties.limits();
    }

    /** The audit log or its archived rules were altered: a replay stops before anything of it is used. */
    @ExceptionHandler(AuditReplay.Tampered.class)
    ResponseEntity<Object> tampered(AuditReplay.Tampered e) {
        return respond(Problems.of(HttpStatus.CONFLICT, Problems.AUDIT_LOG_TAMPERED, "Audit log tampered",
                paths.neutral(e.getMessage())));
    }

    /** A rule failed while a recorded evaluation was replayed: nothing was replayed (the command line's exit 3). */
    @ExceptionHandler(RuleFailedException.class)
    ResponseEntity<Object> ruleFailedInReplay(RuleFailedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.RULE_FAILED, "Rule failed",
                paths.neutral(e.getMessage()) + "; nothing was replayed");
        problem.setProperty("rule", e.ruleId());
        return respond(problem);
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Object> badParameter(BadParameter e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETER, "Invalid parameter",
                e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return respond(problem);
    }

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<Object> invalidSubmission(InvalidSubmissionException e) {
        return respond(Problems.invalidSubmission(e.source(), e.problems()));
    }

    @ExceptionHandler(RuleFailed.class)
    ResponseEntity<Object> ruleFailed(RuleFailed e) {
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.RULE_FAILED, "Rule failed",
                "not evaluated: " + e.getMessage() + "; no report was issued or recorded");
        problem.setProperty("rule", e.ruleId());
        return respond(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(RecordedEvaluations.ReportNotKept.class)
    ResponseEntity<Object> reportNotKept(RecordedEvaluations.ReportNotKept e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, Problems.REPORT_NOT_KEPT, "Report not kept", e.getMessage()));
    }

    @ExceptionHandler(AuditLogOff.class)
    ResponseEntity<Object> auditLogOff(AuditLogOff e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<Object> tooLarge(PayloadTooLarge e) {
        return respond(Problems.tooLarge(e.getMessage(), e.setting(), e.maxBytes()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "the multipart body cannot be read: send the parts"
                + " 'submission' (and optionally 'attestation') as multipart/form-data"));
    }

    /** The audit log could not record or answer: nothing was issued (the command line's exit 5). */
    @ExceptionHandler(AuditException.class)
    ResponseEntity<Object> auditUnavailable(AuditException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.AUDIT_LOG_UNAVAILABLE,
                "Audit log unavailable", "audit log: " + paths.neutral(e.getMessage()) + "; no report was issued");
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e instanceof StoreInUseException) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(Problems.body(problem));
    }

    /** No rule thread free: the service is overloaded, or rules that never returned hold the threads. */
    @ExceptionHandler(org.ctipcheck.spring.RuleRunner.Busy.class)
    ResponseEntity<Object> rulesBusy(org.ctipcheck.spring.RuleRunner.Busy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Problems.RULES_BUSY_RETRY_SECONDS))
                .body(Problems.body(Problems.rulesBusy(e.getMessage())));
    }

    @ExceptionHandler(RulesetException.class)
    ResponseEntity<Object> rulesetBroken(RulesetException e) {
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "ruleset error: " + paths.neutral(e.getMessage())));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> internal(RuntimeException e) {
        logger.error("internal error", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; please report it with the"
                + " request you sent"));
    }

    /**
     * An upload Tomcat refused while reading it, told apart by which of its limits it passed: a part over the
     * attestation limit (spring.servlet.multipart.max-file-size, set from ctip.limits.max-attestation-size), the
     * whole request over ctip.limits.max-request-size, or too many parts (ctip.limits.max-parts).
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileCountLimitExceededException) {
                return respond(Problems.tooLarge("the multipart body has more parts than the service accepts"
                        + " (ctip.limits.max-parts); send the parts 'submission' and 'attestation'",
                        "ctip.limits.max-parts", null));
            }
            if (cause instanceof FileSizeLimitExceededException part) {
                return respond(partTooLarge(part.getFieldName()));
            }
        }
        long allowed = limits.maxRequestSize().toBytes();
        return respond(Problems.tooLarge("the request is larger than the limit of " + Problems.size(allowed)
                + " for a whole upload (ctip.limits.max-request-size)", "ctip.limits.max-request-size", allowed));
    }

    private ProblemDetail partTooLarge(String part) {
        long attestation = limits.maxAttestationSize().toBytes();
        if ("submission".equals(part)) {
            // over the attestation limit, so over the submission's own (smaller, by default) limit too
            long allowed = Math.min(limits.maxSubmissionSize().toBytes(), attestation);
            return Problems.tooLarge("the submission part is larger than the limit of " + Problems.size(allowed)
                    + " (ctip.limits.max-submission-size)", "ctip.limits.max-submission-size", allowed);
        }
        String name = part == null || part.isBlank() || !part.matches("[A-Za-z0-9_.-]{1,40}") ? "a part" : "the part '"
                + part + "'";
        return Problems.tooLarge(name + " is larger than the limit of " + Problems.size(attestation) + " for an"
                + " attestation (ctip.limits.max-attestation-size)", "ctip.limits.max-attestation-size", attestation);
    }

    /** Spring MVC's own problems (404, 405, 406, 413, 415, 400) with their type and media type spelled out. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            org.springframework.http.HttpStatusCode statusCode, org.springframework.web.context.request.WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        HttpHeaders problemHeaders = new HttpHeaders();
        if (headers != null) {
            problemHeaders.putAll(headers);
        }
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(Problems.body(problem), problemHeaders, statusCode);
    }

    static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.body(problem));
    }
}
