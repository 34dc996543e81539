package org.ctipcheck.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the form posts to Spring Security's /login) and the start page. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    @GetMapping("/")
    String start() {
        return "redirect:/evaluations";
    }
}
