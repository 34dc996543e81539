package org.ctipcheck.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors the servlet container reports itself (a request it refuses before any controller sees it) are
 * problem+json too, in place of Spring Boot's default error page; on the web page's paths the page answers with
 * one of its own ({@link ErrorPage}), as a browser shows it.
 */
@Controller
class ProblemErrorController implements ErrorController {
    private final ObjectProvider<ErrorPage> pages;

    ProblemErrorController(ObjectProvider<ErrorPage> pages) {
        this.pages = pages;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (uri instanceof String text ? text : request.getRequestURI())
                .substring(request.getContextPath().length());
        ErrorPage page = pages.getIfAvailable();
        ModelAndView html = page == null ? null : page.pageFor(request, path, status);
        if (html != null) {
            return html;
        }
        String detail = status.is5xxServerError() ? "internal error; please report it with the request you sent"
                : "the request was refused: " + status.getReasonPhrase();
        return new ModelAndView((org.springframework.web.servlet.View) (model, req, response) -> Problems.write(response, Problems.of(status, detail)));
    }
}
