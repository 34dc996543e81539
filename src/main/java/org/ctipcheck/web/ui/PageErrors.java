package org.ctipcheck.web.ui;

import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.web.problem.AuditLogOff;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The web page's errors as pages (the API's are problem+json): what happened, in the user's words, and a way on. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(PageNotFound e, Model model) {
        return page(model, "Page not found", e.getMessage());
    }

    @ExceptionHandler(RecordedEvaluations.ReportNotKept.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notKept(RecordedEvaluations.ReportNotKept e, Model model) {
        return page(model, "Report not kept", "This evaluation was recorded without its report (a check made before"
                + " reports were kept). An auditor can replay it from the audit log.");
    }

    @ExceptionHandler(AuditLogOff.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String auditOff(AuditLogOff e, Model model) {
        return page(model, "Audit log off", "This service does not record evaluations, so there is nothing to list.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(MaxUploadSizeExceededException e, Model model) {
        return page(model, "File too large", "The file you uploaded is over the service's limit. Nothing was checked"
                + " or recorded.");
    }

    /** Where the security chain forwards a request the user's role may not make (403). */
    @org.springframework.stereotype.Controller
    static class Denied {
        @org.springframework.web.bind.annotation.RequestMapping("/denied")
        @ResponseStatus(HttpStatus.FORBIDDEN)
        String denied(Model model) {
            return page(model, "Not allowed", "Your role may not open this page. Contracting officers, implementers and"
                    + " admins check submissions; auditors and admins read the audit log.");
        }
    }

    static String page(Model model, String title, String message) {
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorMessage", message);
        return "error-page";
    }
}
