package org.ctipcheck.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The web page's answer to an error the servlet container reports (through {@code /error}) on one of the page's
 * own paths: an HTML page in place of problem+json. Implemented by the web page (org.ctipcheck.web.ui), so that
 * this package does not depend on it.
 */
public interface ErrorPage {

    /** The page for a request to {@code path} that failed with {@code status}; null when the path is the API's. */
    ModelAndView pageFor(HttpServletRequest request, String path, HttpStatus status);
}
