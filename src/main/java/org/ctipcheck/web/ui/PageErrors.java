package org.ctipcheck.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.spring.RuleRunner;
import org.ctipcheck.web.job.JobsRefused;
import org.ctipcheck.web.problem.AuditLogOff;
import org.ctipcheck.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' errors as pages (the API's are problem+json): what happened, in the user's words, and a way on. Every
 * error of a page's controller ends here, a server error included, so no page ever answers problem+json, a Java
 * name or a stack trace.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {
    private static final Log LOG = LogFactory.getLog(PageErrors.class);

    @ExceptionHandler(PageNotFound.class)
    ModelAndView notFound(PageNotFound e) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "Page not found", e.getMessage());
    }

    @ExceptionHandler(RecordedEvaluations.ReportNotKept.class)
    ModelAndView notKept(RecordedEvaluations.ReportNotKept e) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "Report not kept", "This evaluation was recorded without its"
                + " report (a check made before reports were kept). An auditor can replay it from the audit log.");
    }

    @ExceptionHandler(AuditLogOff.class)
    ModelAndView auditOff(AuditLogOff e) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "Audit log off", "This service does not record evaluations, so"
                + " there is nothing to list.");
    }

    @ExceptionHandler(AuditException.class)
    ModelAndView auditUnavailable(AuditException e) {
        LOG.warn("audit log unavailable for a page: " + e.getMessage());
        return ErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE, "Audit log unavailable", "The audit log could not be"
                + " read or written just now, so nothing was checked, recorded or issued. Try again in a minute.");
    }

    @ExceptionHandler(JobsRefused.class)
    ModelAndView busy(JobsRefused e, HttpServletResponse response) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)); // as the API
        ModelAndView page = ErrorPages.page(HttpStatus.valueOf(e.status()), "Too many checks running", "Your check"
                + " was not started, and nothing was recorded: " + e.getMessage() + ". Try again in " + seconds
                + " seconds.");
        page.addObject("retryAfterSeconds", seconds);
        return page;
    }

    /**
     * No rule thread free to evaluate (the service is overloaded, or rules that never returned hold its threads): a
     * 503 page asking to try again, as the API answers rules-busy; not a server error, so nothing is logged as one.
     */
    @ExceptionHandler(RuleRunner.Busy.class)
    ModelAndView rulesBusy(RuleRunner.Busy e, HttpServletResponse response) {
        long seconds = Problems.RULES_BUSY_RETRY_SECONDS; // a check or a replay: either evaluates on the rule threads
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return ErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE, "Service busy", "Not evaluated, and nothing was"
                + " recorded: " + e.getMessage() + ". Try again in " + seconds + " seconds; if it happens again, tell"
                + " your administrator the time.");
    }

    /** A value of the address or form that is not of its kind (page=abc, a date that is not one): named. */
    @ExceptionHandler({BindException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badValue(Exception e) {
        String what = e instanceof BindException bind ? bind.getFieldErrors().stream()
                .map(error -> error.getField() + " '" + error.getRejectedValue() + "'").collect(Collectors.joining(", "))
                : ((MethodArgumentTypeMismatchException) e).getName() + " '" + ((MethodArgumentTypeMismatchException) e).getValue() + "'";
        return ErrorPages.page(HttpStatus.BAD_REQUEST, "Request not understood", "This page cannot use the value"
                + (what.contains(",") ? "s " : " ") + what + ". Go back, correct it and try again.");
    }

    /** Spring MVC's own refusals on a page (405, 413, 415 and the like) by their status; anything else is a 500. */
    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception e, HttpServletRequest request) {
        HttpStatus status = ErrorPages.statusOf(e);
        if (status.is5xxServerError()) {
            LOG.error("web page error on " + request.getRequestURI(), e);
        }
        return ErrorPages.standard(status, request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
    }
}
