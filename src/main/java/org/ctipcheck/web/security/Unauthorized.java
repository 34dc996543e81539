package org.ctipcheck.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json, with a challenge for each way in the service accepts: {@code Basic realm="ctip"} with a
 * users file, {@code Bearer} with a token issuer (RFC 6750: {@code error="invalid_token"} and why, when a token was
 * sent and refused: expired, not yet valid, wrong signature, issuer or audience, or not a JWT).
 */
final class Unauthorized implements AuthenticationEntryPoint {
    private static final String DECODE_PREFIX = "An error occurred while attempting to decode the Jwt: ";
    private final CtipProperties.Security security;

    Unauthorized(CtipProperties.Security security) {
        this.security = security;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String tokenProblem = failure instanceof OAuth2AuthenticationException refused ? describe(refused) : null;
        if (security.usersFile() != null) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"ctip\"");
        }
        if (security.jwt().configured()) {
            response.addHeader("WWW-Authenticate", tokenProblem == null ? "Bearer realm=\"ctip\""
                    : "Bearer realm=\"ctip\", error=\"invalid_token\", error_description=\""
                            + tokenProblem.replaceAll("[\"\\\\]", "'") + "\"");
        }
        String detail = tokenProblem != null ? "the bearer token was not accepted: " + tokenProblem
                : "authentication is needed: " + ways();
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, detail));
    }

    private String ways() {
        String basic = "HTTP Basic with a user of the service's users file";
        String bearer = "a bearer token (JWT) of the service's identity provider";
        if (security.usersFile() != null && security.jwt().configured()) {
            return basic + ", or " + bearer;
        }
        return security.usersFile() != null ? basic : bearer;
    }

    /** Spring Security's description of the refusal, in the caller's terms. */
    static String describe(OAuth2AuthenticationException refused) {
        String description = refused.getError().getDescription();
        if (description == null || description.isBlank()) {
            description = refused.getMessage() == null ? "invalid token" : refused.getMessage();
        }
        if (description.startsWith(DECODE_PREFIX)) {
            description = description.substring(DECODE_PREFIX.length());
        }
        return description.replace("Jwt", "token").replace("JWT", "token");
    }
}
