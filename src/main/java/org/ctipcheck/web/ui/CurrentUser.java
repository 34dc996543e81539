package org.ctipcheck.web.ui;

import org.ctipcheck.web.security.ServicePrincipal;
import org.ctipcheck.web.security.ServiceRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs about the signed-in user: the name, role and what the role may open. */
@ControllerAdvice(basePackageClasses = CurrentUser.class)
class CurrentUser {

    /** The signed-in user as the pages show it; null on the sign-in page. */
    record Shown(String name, String role, String organization, boolean canSubmit, boolean canAudit) {
    }

    @ModelAttribute("user")
    Shown user(@AuthenticationPrincipal ServicePrincipal principal) {
        return of(principal);
    }

    /** The user signed in for this request, for the pages {@code @ModelAttribute} does not reach (error pages). */
    static Shown current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ServicePrincipal principal
                ? of(principal) : null;
    }

    static Shown of(ServicePrincipal principal) {
        if (principal == null) {
            return null;
        }
        ServiceRole role = principal.role();
        return new Shown(principal.getUsername(), principal.auditRole().replace('-', ' '), principal.organizationScope(),
                role != ServiceRole.AUDITOR, role == ServiceRole.AUDITOR || role == ServiceRole.ADMIN);
    }
}
