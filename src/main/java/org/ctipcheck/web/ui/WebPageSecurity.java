package org.ctipcheck.web.ui;

import org.ctipcheck.web.security.ServiceRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

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
                .exceptionHandling(errors -> errors.accessDeniedPage("/denied"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/denied", "/vendor/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/check", "/check/**").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/check").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }
}
