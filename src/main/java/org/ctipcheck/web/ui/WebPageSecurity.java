package org.ctipcheck.web.ui;

import org.ctipcheck.web.security.ServiceRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;

/**
 * The web page's own chain, after the API's (which matches the API paths only): a sign-in form, a session cookie,
 * CSRF tokens on every form, and the API's roles (an implementer submits and reads its own organization's
 * evaluations; an auditor reads every evaluation and the audit log but never submits). Users are the service's
 * users file, the same accounts as the API's.
 */
@Configuration(proxyBeanMethods = false)
class WebPageSecurity {
    private static final String CO = ServiceRole.CONTRACTING_OFFICER.name();
    private static final String IMPLEMENTER = ServiceRole.IMPLEMENTER.name();
    private static final String AUDITOR = ServiceRole.AUDITOR.name();
    private static final String ADMIN = ServiceRole.ADMIN.name();

    @Bean
    @Order(2)
    SecurityFilterChain webPage(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/evaluations", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                + " form-action 'self'; frame-ancestors 'none'")))
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied()).authenticationEntryPoint(new SignInAgain()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/denied", "/expired", "/vendor/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/check", "/check/**").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/check").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }

    /** A form without a valid CSRF token came from a session that has ended: said so, not "your role may not". */
    private static AccessDeniedHandler denied() {
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> byKind = new LinkedHashMap<>();
        byKind.put(CsrfException.class, forwardTo("/expired"));
        return new DelegatingAccessDeniedHandler(byKind, forwardTo("/denied"));
    }

    private static AccessDeniedHandler forwardTo(String page) {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(page);
        return handler;
    }

    /**
     * The sign-in page for a request without a signed-in user; {@code ?expired} when the browser still sent a
     * session that has ended, so the page can say why. An htmx request (a progress poll) is told to send the whole
     * page there (HX-Redirect), not to put the sign-in form into the part of the page it polls.
     */
    static final class SignInAgain extends LoginUrlAuthenticationEntryPoint {
        SignInAgain() {
            super("/login");
        }

        @Override
        protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) {
            return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                    ? "/login?expired" : "/login";
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws java.io.IOException, jakarta.servlet.ServletException {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + determineUrlToUseForThisRequest(request, response, e));
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            super.commence(request, response, e);
        }
    }
}
