package org.ctipcheck.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An OIDC issuer for the tests, on loopback (the JDK's HTTP server): an RS256 key whose public half it serves as a
 * JWK Set ({@code /jwks.json}) and by discovery ({@code /.well-known/openid-configuration}), and real signed tokens
 * minted with nimbus-jose-jwt. A second key, never published, signs the forged tokens.
 */
public final class TestIssuer {
    public static final String AUDIENCE = "ctip-check";
    private static TestIssuer shared;
    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpServer server;

    private TestIssuer() throws JOSEException, IOException {
        key = new RSAKeyGenerator(2048).keyID("ctip-test-1").generate();
        stranger = new RSAKeyGenerator(2048).keyID("ctip-test-1").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks.json", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange,
                "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + issuer() + "/jwks.json\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"subject_types_supported\":[\"public\"],"
                        + "\"response_types_supported\":[\"code\"]}"));
        server.setExecutor(null);
        server.start();
    }

    /** The issuer every web test's service trusts (started once, stopped with the JVM). */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            try {
                shared = new TestIssuer();
            } catch (JOSEException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuer() + "/jwks.json";
    }

    public RSAKey key() {
        return key;
    }

    /** A token of this issuer for {@code subject}, valid for five minutes, with {@code role} in {@code roles}. */
    public String token(String subject, Object role, String uei) {
        return token(subject, claims -> {
            claims.claim("roles", role);
            if (uei != null) {
                claims.claim("uei", uei);
            }
        });
    }

    /** A token with the usual claims (issuer, audience, five minutes), then {@code changes} applied. */
    public String token(String subject, Consumer<JWTClaimsSet.Builder> changes) {
        return sign(key, subject, changes);
    }

    /** A token of this issuer issued an hour ago that expired ten minutes ago (beyond any clock skew allowed). */
    public String expired(String subject, Object role) {
        Instant now = Instant.now();
        return token(subject, claims -> claims.claim("roles", role).issueTime(Date.from(now.minusSeconds(3600)))
                .expirationTime(Date.from(now.minusSeconds(600))));
    }

    /** A token that looks right but is signed by a key this issuer never published. */
    public String forged(String subject, Object role) {
        return sign(stranger, subject, claims -> claims.claim("roles", role));
    }

    private String sign(RSAKey signer, String subject, Consumer<JWTClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(subject).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        changes.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(signer));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The issuer's public key as a PEM file's text (for ctip.security.jwt.public-key). */
    public String publicKeyPem() {
        try {
            return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Claims for the tests' five users, by user name: the role claim and, for implementers, the UEI. */
    public static Map<String, String[]> users() {
        return Map.of("officer", new String[] {"CONTRACTING_OFFICER", null},
                "meridian", new String[] {"implementer", ServiceTestBase.UEI_01},
                "harbor", new String[] {"IMPLEMENTER", ServiceTestBase.UEI_02},
                "auditor", new String[] {"AUDITOR", null}, "admin", new String[] {"ADMIN", null});
    }
}
