package org.ctipcheck.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A bearer token that was not accepted: 401 from the entry point when the token is at fault (expired, wrongly signed,
 * another issuer or audience), but 503 when it could not be checked at all because the identity provider's keys
 * could not be fetched ({@link IssuerUnavailable}): the caller did nothing wrong and may try again.
 */
final class TokenFailures implements AuthenticationFailureHandler {
    static final java.net.URI PROVIDER_UNAVAILABLE = java.net.URI.create(Problems.TYPE_PREFIX
            + "identity-provider-unavailable");
    static final long RETRY_AFTER_SECONDS = 30;
    private final AuthenticationEntryPoint unauthorized;
    private final CtipProperties.Security security;

    TokenFailures(AuthenticationEntryPoint unauthorized, CtipProperties.Security security) {
        this.unauthorized = unauthorized;
        this.security = security;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, jakarta.servlet.ServletException {
        IssuerUnavailable unavailable = find(failure);
        if (unavailable != null) {
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, PROVIDER_UNAVAILABLE,
                    "Identity provider unavailable", "the bearer token cannot be checked now: the identity provider's"
                            + " signing keys could not be fetched (" + unavailable.reason() + "); nothing was done: try"
                            + " again later" + (security.usersFile() != null
                                    ? ", or use HTTP Basic with a user of the service's users file" : ""));
            problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
            Problems.write(response, problem);
            return;
        }
        if (failure instanceof AuthenticationServiceException) {
            throw failure; // as Spring Security's own handler does: a fault of the service, not of the token
        }
        unauthorized.commence(request, response, failure);
    }

    /** Puts this in the bearer token filter, in place of its default (which answers every failure 401 or 500). */
    org.springframework.security.config.ObjectPostProcessor<
            org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter> installer() {
        return new org.springframework.security.config.ObjectPostProcessor<>() {
            @Override
            public <O extends org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(TokenFailures.this);
                return filter;
            }
        };
    }

    private static IssuerUnavailable find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IssuerUnavailable unavailable) {
                return unavailable;
            }
        }
        return null;
    }
}
