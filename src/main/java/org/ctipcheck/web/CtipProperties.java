package org.ctipcheck.web;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, {@code ctip.security.*}, {@code ctip.limits.*} and {@code ctip.audit.witnesses}
 * (application properties, environment
 * variables, or {@code --ctip.limits.max-submission-size=...} arguments; {@code ctip serve} fills them from its
 * options). The rules and the audit log ({@code ctip.rules.*}, {@code ctip.audit.*}) are the auto-configuration's,
 * {@link org.ctipcheck.spring.CtipCheckProperties}; {@code serve-defaults.properties} gives them the command line's
 * defaults, so that the service and {@code ctip check} share one audit log.
 *
 * @param audit the audit log's witnesses
 * @param security who may call the service
 * @param limits the largest inputs accepted
 */
@ConfigurationProperties("ctip")
public record CtipProperties(@DefaultValue Audit audit, @DefaultValue Security security, @DefaultValue Limits limits) {

    /**
     * @param witnesses where {@code GET /api/v1/audit/verify} finds witnesses of the log kept outside it: files or
     *        folders (every file directly in a folder, read at each request) of signed heads written by
     *        {@code ctip audit head} and issued reports; default: none
     */
    public record Audit(List<Path> witnesses) {
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
