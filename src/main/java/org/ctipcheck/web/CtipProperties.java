package org.ctipcheck.web;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings, {@code ctip.*} (application properties, environment variables such as
 * {@code CTIP_AUDIT_DIR}, or {@code --ctip.audit.dir=...} arguments; {@code ctip serve} fills them from its options).
 * Defaults are those of the command line, so that the service and {@code ctip check} share one audit log.
 *
 * @param rules where the rule pack comes from
 * @param audit the audit log every evaluation is recorded in
 * @param security who may call the service
 * @param limits the largest inputs accepted
 */
@ConfigurationProperties("ctip")
public record CtipProperties(@DefaultValue Rules rules, @DefaultValue Audit audit, @DefaultValue Security security,
        @DefaultValue Limits limits) {

    /**
     * @param location a rules folder; empty: the rule pack bundled in the jar (precompiled)
     * @param cacheDir where rules compiled from a folder are cached; empty: not cached
     */
    public record Rules(Path location, Path cacheDir) {
    }

    /**
     * @param enabled whether evaluations are recorded (off: nothing recorded, and the evaluation endpoints that read
     *        the log answer 404)
     * @param dir the data directory: H2 database and checkpoint key (default, as the command line's:
     *        {@code $XDG_DATA_HOME/ctip-check/audit}, else {@code ~/.local/share/ctip-check/audit})
     * @param db the audit database's JDBC URL (default: H2 in {@code dir}), e.g. {@code jdbc:postgresql://host/db?user=ctip}
     * @param signingKey the Ed25519 key (PKCS#8, DER or PEM) that signs checkpoints (default: the key in {@code dir})
     * @param witnesses where {@code GET /api/v1/audit/verify} finds witnesses of the log kept outside it: files or
     *        folders (every file directly in a folder, read at each request) of signed heads written by
     *        {@code ctip audit head} and issued reports; default: none
     */
    public record Audit(@DefaultValue("true") boolean enabled, Path dir, String db, Path signingKey,
            List<Path> witnesses) {
        public Audit {
            witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
        }
    }

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
