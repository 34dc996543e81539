package org.ctipcheck.web.security;

import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The identity provider's signing keys could not be fetched (OIDC discovery or its JWK Set: the provider is down,
 * refused the connection, did not answer in time, or answered with an error), so that a bearer token cannot be
 * checked at all: the fault is not the token's, and the caller is answered 503, not 401.
 */
final class IssuerUnavailable extends JwtException {
    IssuerUnavailable(Throwable cause) {
        super("the identity provider's signing keys could not be fetched", cause);
    }

    /** Whether {@code failure} (or what caused it) is this. */
    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IssuerUnavailable) {
                return true;
            }
        }
        return false;
    }

    /** Why, in the caller's terms: what the connection to the provider did. */
    String reason() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException) {
                return "it refused the connection or could not be reached";
            }
            if (cause instanceof java.net.SocketTimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
                return "it did not answer in time";
            }
            if (cause instanceof java.net.UnknownHostException) {
                return "its host name is not known";
            }
            if (cause instanceof org.springframework.web.client.RestClientResponseException answered) {
                return "it answered HTTP " + answered.getStatusCode().value();
            }
        }
        return "it could not be reached or did not answer as an identity provider";
    }
}
