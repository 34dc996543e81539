package org.ctipcheck.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The check's settings in a Spring Boot application, ctip.rules.* and ctip.audit.* (application properties,
 * environment variables such as CTIP_AUDIT_ENABLED, or arguments). Plain text below: the configuration processor
 * copies it into the settings' metadata, which IDEs show as their descriptions.
 *
 * @param rules where the rule pack comes from
 * @param audit the audit log every check is recorded in
 */
@ConfigurationProperties("ctip")
public record CtipCheckProperties(@DefaultValue Rules rules, @DefaultValue Audit audit) {

    /**
     * @param location the rule pack: a folder (/etc/ctip/rules) or a class-path location
     *        (classpath:com/example/rules/, with the pack's index.txt); empty: the pack bundled in
     *        ctip-check (precompiled, the fastest to load)
     * @param cacheDir where rules compiled from another location are cached between starts; empty: not cached
     */
    public record Rules(String location, Path cacheDir) {
    }

    /**
     * @param enabled whether checks are recorded in the hash-chained, signed audit log (recorded before a report is
     *        issued)
     * @param useDataSource record in the application's own DataSource bean when it has one (in schema, with
     *        Flyway history of its own); false: in db, else in an embedded H2 database in dir
     * @param schema the database schema that holds the audit tables and their Flyway history
     *        (audit_schema_history) when recording in the application's DataSource; created when missing
     * @param dir the data directory: the checkpoint signing key (created there on first use unless
     *        signing-key is set) and, without a DataSource or db, the embedded H2 database; required
     *        when enabled
     * @param db a JDBC URL of a database of the audit log's own (jdbc:postgresql://host/db?user=ctip, or
     *        jdbc:h2:...), used instead of the application's DataSource
     * @param signingKey the deployment's Ed25519 checkpoint signing key (PKCS#8, DER or PEM; never created), shared by
     *        every instance that records in one log; empty: the key in dir
     * @param witnesses ctip serve only: where GET /api/v1/audit/verify finds witnesses of the log kept outside it,
     *        files or folders (every file directly in a folder, read at each request) of signed heads written by
     *        ctip audit head and of issued reports; default: none
     */
    public record Audit(@DefaultValue("false") boolean enabled, @DefaultValue("true") boolean useDataSource,
            @DefaultValue("ctip_audit") String schema, Path dir, String db, Path signingKey,
            java.util.List<Path> witnesses) {
        public Audit {
            witnesses = witnesses == null ? java.util.List.of() : java.util.List.copyOf(witnesses);
        }
    }
}
