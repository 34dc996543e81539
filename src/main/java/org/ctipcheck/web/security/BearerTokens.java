package org.ctipcheck.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ctipcheck.web.CtipProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestOperations;
import org.springframework.web.client.RestTemplate;

/**
 * How the service checks a bearer token ({@code ctip.security.jwt.*}): the signature against the issuer's keys
 * (found by OIDC discovery from the issuer, from its JWK Set, or a public key file), then the expiry and not-before
 * times, the issuer when one is named, and the audience when one is named. Keys are fetched when the first token
 * arrives, so that the service starts while the issuer is briefly away; a public key file is read at start-up.
 * When the keys cannot be fetched (the provider is down) the token is not refused but cannot be checked:
 * {@link IssuerUnavailable}, answered 503.
 */
final class BearerTokens {
    private static final org.apache.commons.logging.Log LOG = org.apache.commons.logging.LogFactory.getLog(BearerTokens.class);
    /** How long fetching the provider's discovery document or keys may take (connecting, then reading). */
    private static final java.time.Duration PROVIDER_TIMEOUT = java.time.Duration.ofSeconds(5);
    private BearerTokens() {
    }

    static JwtDecoder decoder(CtipProperties.Jwt settings) {
        if (settings.publicKey() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings.publicKey())).build();
            decoder.setJwtValidator(validator(settings));
            return decoder;
        }
        JwtDecoder lazy = new SupplierJwtDecoder(() -> {
            RestOperations rest = restWithTimeouts();
            NimbusJwtDecoder decoder = settings.jwkSetUri() != null
                    ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri().toString()).restOperations(rest).build()
                    : NimbusJwtDecoder.withIssuerLocation(settings.issuerUri().toString()).restOperations(rest).build();
            decoder.setJwtValidator(validator(settings));
            return decoder;
        });
        return token -> {
            try {
                return lazy.decode(token);
            } catch (BadJwtException refused) {
                throw refused; // the token's fault: 401
            } catch (RuntimeException failure) {
                if (!fetchFailed(failure)) {
                    throw failure;
                }
                // discovery failed, or the JWK Set could not be fetched: the provider's fault, not the token's
                LOG.warn("bearer token not checked: the identity provider's keys could not be fetched ("
                        + failure.getMessage() + ")");
                throw new IssuerUnavailable(failure);
            }
        };
    }

    /** Whether fetching the discovery document or the keys failed (rather than the token being refused). */
    private static boolean fetchFailed(RuntimeException failure) {
        if (failure instanceof JwtDecoderInitializationException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.nimbusds.jose.KeySourceException
                    || cause instanceof org.springframework.web.client.RestClientException
                    || cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Discovery and the JWK Set are fetched with time limits, so that a provider that does not answer fails the
     * request (503) rather than holding it.
     */
    private static RestOperations restWithTimeouts() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(PROVIDER_TIMEOUT);
        requests.setReadTimeout(PROVIDER_TIMEOUT);
        return new RestTemplate(requests);
    }

    private static OAuth2TokenValidator<Jwt> validator(CtipProperties.Jwt settings) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(settings.issuerUri() != null ? JwtValidators.createDefaultWithIssuer(settings.issuerUri().toString())
                : JwtValidators.createDefault());
        if (settings.audience() != null && !settings.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.contains(settings.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    /** An RSA public key in PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    static RSAPublicKey publicKey(Path file) {
        String where = "ctip.security.jwt.public-key " + file;
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": cannot be read (" + e.getMessage() + ")");
        }
        if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new IllegalArgumentException(where + ": not a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(where + ": not an RSA public key");
        }
    }
}
