package org.ctipcheck.web.ui;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Where the web page's security chain forwards a refused request (403): by role, or a form the session no longer takes. */
@Controller
class DeniedPages {

    @RequestMapping("/denied")
    ModelAndView denied() {
        return ErrorPages.page(HttpStatus.FORBIDDEN, "Not allowed", "Your role may not open this page. Contracting"
                + " officers, implementers and admins check submissions; auditors and admins read the audit log.");
    }

    /** A form sent without a valid CSRF token: its session ended (signed out, timed out, service restarted). */
    @RequestMapping("/expired")
    ModelAndView expired() {
        return ErrorPages.page(HttpStatus.FORBIDDEN, "Session expired", "The form was sent from a page whose session"
                + " has ended (you signed out, it timed out, or the service restarted), so nothing was submitted."
                + " Sign in again and send it once more.");
    }
}
