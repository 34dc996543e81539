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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A stateless API: HTTP Basic with the users of the users file, and/or a bearer token (a JWT of the OIDC issuer
 * {@code ctip.security.jwt.*} names, roles and UEI from its claims: {@link TokenPrincipals}), on every request (no
 * session, no cookie, so no CSRF token), and the role rules of issue 15. Every API endpoint needs one of the
 * service's roles: a valid token without one is 403. Reading one evaluation is open to every role here; an implementer's reads
 * are narrowed to its organization where the evaluation is looked up, so that another organization's evaluation
 * answers 404, never 403. 401 and 403 are problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    private static final String CO = ServiceRole.CONTRACTING_OFFICER.name();
    private static final String IMPLEMENTER = ServiceRole.IMPLEMENTER.name();
    private static final String AUDITOR = ServiceRole.AUDITOR.name();
    private static final String ADMIN = ServiceRole.ADMIN.name();

    /** The API's paths; every other path is the web page's (org.ctipcheck.web.ui, its own chain, ordered after). */
    public static final String[] API_PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain api(HttpSecurity http, CtipProperties properties) throws Exception {
        AuthenticationEntryPoint unauthorized = new Unauthorized(properties.security());
        http.securityMatcher(API_PATHS)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName("ctip").authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/evaluations").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/evaluations/*/replay").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/jobs/**").hasAnyRole(CO, IMPLEMENTER, ADMIN)
                        .requestMatchers("/api/v1/webhooks/**").hasRole(ADMIN)
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .anyRequest().hasAnyRole(CO, IMPLEMENTER, AUDITOR, ADMIN));
        CtipProperties.Jwt jwt = properties.security().jwt();
        if (jwt.configured()) {
            JwtDecoder decoder = BearerTokens.decoder(jwt);
            TokenFailures tokenFailures = new TokenFailures(unauthorized, properties.security());
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden())
                    .jwt(token -> token.decoder(decoder).jwtAuthenticationConverter(new TokenPrincipals(jwt)))
                    .withObjectPostProcessor(tokenFailures.installer()));
        }
        return http.build();
    }

    @Bean
    UserDetailsService users(CtipProperties properties) {
        if (!properties.security().configured()) {
            throw new UsersFile.Invalid("no users file and no token issuer: give ctip serve --users FILE"
                    + " (ctip.security.users-file), or ctip.security.jwt.issuer-uri (README, ctip serve)");
        }
        if (properties.security().usersFile() == null) {
            return name -> {
                throw new UsernameNotFoundException("no users file: this service accepts bearer tokens only");
            };
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

    private static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerAuthentication token
                    && token.refusal() != null) {
                Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, token.refusal()));
                return;
            }
            Problems.write(response, Problems.of(HttpStatus.FORBIDDEN,
                    "your role may not " + (List.of("POST", "PUT", "DELETE").contains(request.getMethod()) ? "do this"
                            : "read this") + ": " + request.getMethod() + " " + request.getRequestURI()));
        };
    }
}
