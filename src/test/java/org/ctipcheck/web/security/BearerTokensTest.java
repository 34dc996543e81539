package org.ctipcheck.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The three ways to name the issuer's keys (OIDC discovery from the issuer, a public key file; the JWK Set is the
 * web tests'), the audience check, and how claims become a user: real RS256 tokens of the loopback issuer.
 */
class BearerTokensTest {
    private static final TestIssuer ISSUER = TestIssuer.shared();
    @TempDir
    Path folder;

    private static CtipProperties.Jwt settings(URI issuer, URI jwkSet, Path publicKey, String audience, String roleClaim) {
        return new CtipProperties.Jwt(issuer, jwkSet, publicKey, audience, roleClaim, "uei", "sub");
    }

    @Test
    void theIssuersKeysAreFoundByOidcDiscovery() {
        JwtDecoder decoder = BearerTokens.decoder(settings(URI.create(ISSUER.issuer()), null, null, null, "roles"));

        Jwt jwt = decoder.decode(ISSUER.token("officer", "CONTRACTING_OFFICER", null));

        assertThat(jwt.getSubject()).isEqualTo("officer");
        assertThatThrownBy(() -> decoder.decode(ISSUER.forged("officer", "ADMIN"))).isInstanceOf(BadJwtException.class);
    }

    /** The provider is down: the token cannot be checked at all, which is not the token's fault (503, not 401). */
    @Test
    void keysThatCannotBeFetchedAreTheProvidersFaultNotTheTokens() throws Exception {
        String down = org.ctipcheck.web.RefusingPort.url();
        String token = ISSUER.token("officer", "CONTRACTING_OFFICER", null);

        for (JwtDecoder decoder : List.of(
                BearerTokens.decoder(settings(null, URI.create(down + "/jwks.json"), null, null, "roles")),
                BearerTokens.decoder(settings(URI.create(down), null, null, null, "roles")))) {
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(IssuerUnavailable.class)
                    .satisfies(e -> assertThat(((IssuerUnavailable) e).reason()).contains("refused the connection"));
        }
        // a token the provider's keys refuse is still the token's fault
        JwtDecoder up = BearerTokens.decoder(settings(null, URI.create(ISSUER.jwkSetUri()), null, null, "roles"));
        assertThatThrownBy(() -> up.decode(ISSUER.forged("officer", "ADMIN"))).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aPublicKeyFileVerifiesWithoutAnyRequestToTheIssuer() throws Exception {
        Path pem = Files.writeString(folder.resolve("issuer.pem"), ISSUER.publicKeyPem());
        JwtDecoder decoder = BearerTokens.decoder(settings(null, null, pem, null, "roles"));

        assertThat(decoder.decode(ISSUER.token("auditor", "AUDITOR", null)).getSubject()).isEqualTo("auditor");
        assertThatThrownBy(() -> decoder.decode(ISSUER.forged("auditor", "AUDITOR"))).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aPublicKeyFileThatIsNoKeyStopsTheServiceNamingTheSetting() throws Exception {
        Path pem = Files.writeString(folder.resolve("issuer.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");

        assertThatThrownBy(() -> BearerTokens.decoder(settings(null, null, pem, null, "roles")))
                .hasMessageStartingWith("ctip.security.jwt.public-key").hasMessageContaining("not an RSA public key");
        assertThatThrownBy(() -> BearerTokens.decoder(settings(null, null, folder.resolve("none.pem"), null, "roles")))
                .hasMessageContaining("cannot be read");
    }

    @Test
    void theAudienceMustBeThisServiceWhenOneIsNamed() {
        JwtDecoder decoder = BearerTokens.decoder(settings(null, URI.create(ISSUER.jwkSetUri()), null, "ctip-check", "roles"));

        assertThat(decoder.decode(ISSUER.token("officer", "ADMIN", null)).getAudience()).contains("ctip-check");
        assertThatThrownBy(() -> decoder.decode(ISSUER.token("officer", claims -> claims.audience("another-api"))))
                .isInstanceOf(JwtValidationException.class);
    }

    private ServicePrincipal principal(String roleClaim, String token) {
        JwtDecoder decoder = BearerTokens.decoder(settings(null, URI.create(ISSUER.jwkSetUri()), null, null, roleClaim));
        var authentication = (BearerAuthentication) new TokenPrincipals(settings(null, null, null, null, roleClaim))
                .convert(decoder.decode(token));
        return authentication.getPrincipal() instanceof ServicePrincipal user ? user : null;
    }

    @Test
    void theRoleClaimMayBeANestedPathOrANamespacedClaimAndOtherRolesAreIgnored() {
        ServicePrincipal keycloak = principal("realm_access.roles", ISSUER.token("kim", claims -> claims
                .claim("realm_access", Map.of("roles", List.of("offline_access", "auditor")))));
        ServicePrincipal auth0 = principal("https://ctip.example/roles", ISSUER.token("lee", claims -> claims
                .claim("https://ctip.example/roles", "IMPLEMENTER").claim("uei", "mgb4qatar021")));

        assertThat(keycloak.role()).isEqualTo(ServiceRole.AUDITOR);
        assertThat(auth0.role()).isEqualTo(ServiceRole.IMPLEMENTER);
        assertThat(auth0.organizationScope()).isEqualTo("MGB4QATAR021");
        assertThat(auth0.getUsername()).isEqualTo("lee");
    }

    @Test
    void severalRolesOfTheServiceAreRefusedNotGuessed() {
        JwtDecoder decoder = BearerTokens.decoder(settings(null, URI.create(ISSUER.jwkSetUri()), null, null, "roles"));
        var authentication = (BearerAuthentication) new TokenPrincipals(settings(null, null, null, null, "roles"))
                .convert(decoder.decode(ISSUER.token("pat", List.of("AUDITOR", "IMPLEMENTER"), "MGB4QATAR021")));

        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(authentication.refusal()).contains("several roles");
    }
}
