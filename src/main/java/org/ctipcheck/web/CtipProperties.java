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

    /** @param usersFile the YAML users file ({@code users:} with name, password, role, organization); required */
    public record Security(Path usersFile) {
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
