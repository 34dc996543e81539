package org.ctipcheck.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ctipcheck.web.problem.ErrorPage;
import org.ctipcheck.web.security.SecurityConfiguration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Errors on the web page's paths (every path that is not the API's) as pages: the USWDS layout, what happened in
 * the user's words, a link back; never problem+json. Here: a request no page answers (an unknown path, a method no
 * page takes, an upload refused before any page saw it), and what the servlet container reports through /error.
 * Errors of the pages themselves are {@link PageErrors}'. Requests on the API's paths are left to the API.
 */
@Component
class ErrorPages implements HandlerExceptionResolver, Ordered, ErrorPage {
    private static final Log LOG = LogFactory.getLog(ErrorPages.class);
    private static final List<PathPattern> API = Arrays.stream(SecurityConfiguration.API_PATHS)
            .map(PathPatternParser.defaultInstance::parse).toList();

    /** Before Spring MVC's resolvers (order 0), which would answer problem+json through the API's advice. */
    @Override
    public int getOrder() {
        return -1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (handler instanceof HandlerMethod || isApi(path)) {
            return null; // a controller's errors are its advice's (the pages': PageErrors; the API's: problem+json)
        }
        HttpStatus status = statusOf(failure);
        if (status.is5xxServerError()) {
            LOG.error("web page error on " + path, failure);
        }
        return standard(status, request.getMethod(), path);
    }

    @Override
    public ModelAndView pageFor(HttpServletRequest request, String path, HttpStatus status) {
        return isApi(path) ? null : standard(status, request.getMethod(), path);
    }

    /** Spring MVC's refusals carry their status; a multipart body that cannot be read is the sender's (400). */
    static HttpStatus statusOf(Exception failure) {
        if (failure instanceof ErrorResponse known && HttpStatus.resolve(known.getStatusCode().value()) != null) {
            return HttpStatus.valueOf(known.getStatusCode().value());
        }
        return failure instanceof MultipartException ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static boolean isApi(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return API.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /** The page for a status no page-specific answer explains. */
    static ModelAndView standard(HttpStatusCode status, String method, String path) {
        return switch (status.value()) {
            case 400 -> page(status, "Request not understood", "This page could not read the address or the form"
                    + " it was sent. Go back, check what you typed and try again.");
            case 403 -> page(status, "Not allowed", "Your role may not open this page.");
            case 404 -> page(status, "Page not found", "There is no page at " + path + ".");
            case 405 -> page(status, "Not available this way", "The page " + path + " cannot be used with a "
                    + method + " request. Open it from the menu.");
            case 413 -> page(status, "File too large", "What you sent is over the service's limit. Nothing was"
                    + " checked or recorded.");
            default -> status.is5xxServerError() ? page(status, "Something went wrong", "The service could not"
                    + " answer this page. Nothing was recorded unless it is listed under My evaluations. Try again;"
                    + " if it happens again, tell your administrator the time and the page you opened.")
                    : page(status, "Request refused", "This page could not answer the request (HTTP "
                    + status.value() + ").");
        };
    }

    static ModelAndView page(HttpStatusCode status, String title, String message) {
        ModelAndView page = new ModelAndView("error-page", Map.of("errorTitle", title, "errorMessage", message), status);
        CurrentUser.Shown user = CurrentUser.current();
        if (user != null) {
            page.addObject("user", user);
        }
        return page;
    }
}
