package org.ctipcheck.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, {@code ctip.security.*} and {@code ctip.limits.*} (application properties, environment
 * variables, or {@code --ctip.limits.max-submission-size=...} arguments; {@code ctip serve} fills them from its
 * options). The rules and the audit log ({@code ctip.rules.*}, {@code ctip.audit.*}) are the auto-configuration's,
 * {@link org.ctipcheck.spring.CtipCheckProperties}; {@code serve-defaults.properties} gives them the command line's
 * defaults, so that the service and {@code ctip check} share one audit log; {@code ctip.audit.witnesses} is there too.
 *
 * @param security who may call the service
 * @param limits the largest inputs accepted
 */
@ConfigurationProperties("ctip")
public record CtipProperties(@DefaultValue Security security, @DefaultValue Limits limits) {

    /**
     * @param usersFile the YAML users file ({@code users:} with name, password, role, organization), for HTTP Basic;
     *        required unless {@code jwt} names an issuer
     * @param jwt bearer tokens of an OIDC/JWT issuer
     */
    public record Security(Path usersFile, @DefaultValue Jwt jwt) {
        /** Whether any way to authenticate is configured. */
        public boolean configured() {
            return usersFile != null || jwt.configured();
        }
    }

    /**
     * Bearer tokens (signed JWTs) of an OIDC issuer; the service is then an OAuth 2.0 resource server. One of
     * {@code issuerUri}, {@code jwkSetUri} and {@code publicKey} turns it on.
     *
     * @param issuerUri the issuer: its keys are found by OIDC discovery and every token's {@code iss} must match it
     * @param jwkSetUri the issuer's JWK Set, when it is not found by discovery (with {@code issuerUri}: {@code iss}
     *        is still checked)
     * @param publicKey a PEM file with the issuer's RSA public key, for an issuer without a JWK Set
     * @param audience when set, every token's {@code aud} must contain it
     * @param roleClaim the claim with the role (a string or a list; a dotted path reaches into an object, e.g.
     *        {@code realm_access.roles}); the values are the service's roles, e.g. {@code CONTRACTING_OFFICER}
     * @param organizationClaim the claim with an implementer's organization: its SAM.gov UEI
     * @param nameClaim the claim recorded as the actor of an evaluation
     */
    public record Jwt(java.net.URI issuerUri, java.net.URI jwkSetUri, Path publicKey, String audience,
            @DefaultValue("roles") String roleClaim, @DefaultValue("uei") String organizationClaim,
            @DefaultValue("sub") String nameClaim) {
        public boolean configured() {
            return issuerUri != null || jwkSetUri != null || publicKey != null;
        }
    }

    /**
     * @param maxSubmissionSize the largest submission body or part
     * @param maxAttestationSize the largest supply-chain attestation part
     * @param maxRequestSize the largest request (a multipart request with both parts)
     */
    public record Limits(@DefaultValue("10MB") DataSize maxSubmissionSize, @DefaultValue("50MB") DataSize maxAttestationSize,
            @DefaultValue("64MB") DataSize maxRequestSize) {
        public Limits {
            if (maxSubmissionSize.toBytes() <= 0 || maxAttestationSize.toBytes() <= 0 || maxRequestSize.toBytes() <= 0) {
                throw new IllegalArgumentException("ctip.limits.* must be sizes above 0, e.g. 10MB");
            }
        }
    }
}
