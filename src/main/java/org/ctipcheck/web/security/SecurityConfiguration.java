package org.ctipcheck.web.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A stateless API: HTTP Basic on every request (no session, no cookie, so no CSRF token), users from the users
 * file, and the role rules of issue 15. Reading one evaluation is open to every role here; an implementer's reads
 * are narrowed to its organization where the evaluation is looked up, so that another organization's evaluation
 * answers 404, never 403. 401 and 403 are problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    private static final String CO = ServiceRole.CONTRACTING_OFFICER.name();
    private static final String IMPLEMENTER = ServiceRole.IMPLEMENTER.name();
    private static final String AUDITOR = ServiceRole.AUDITOR.name();
    private static final String ADMIN = ServiceRole.ADMIN.name();

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName("ctip").authenticationEntryPoint(unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/evaluations").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/jobs/**").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers("/api/v1/webhooks/**").hasRole(ADMIN)
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    UserDetailsService users(CtipProperties properties) {
        if (properties.security().usersFile() == null) {
            throw new UsersFile.Invalid("no users file: give one with ctip serve --users FILE (ctip.security.users-file)");
        }
        Map<String, ServicePrincipal> byName = UsersFile.read(properties.security().usersFile()).stream()
                .collect(Collectors.toMap(ServicePrincipal::getUsername, Function.identity()));
        return name -> {
            ServicePrincipal user = byName.get(name);
            if (user == null) {
                throw new UsernameNotFoundException("no such user");
            }
            return new ServicePrincipal(user.getUsername(), user.getPassword(), user.role(), user.organizationScope());
        };
    }

    /** {noop}, {bcrypt} and the other Spring Security prefixes; a bare bcrypt hash ($2a$, $2b$, $2y$) too. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ctip\"");
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED,
                    "authentication is needed: HTTP Basic with a user of the service's users file"));
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> Problems.write(response, Problems.of(HttpStatus.FORBIDDEN,
                "your role may not " + (List.of("POST", "PUT", "DELETE").contains(request.getMethod()) ? "do this"
                        : "read this") + ": " + request.getMethod() + " " + request.getRequestURI()));
    }
}
