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
     * @param timeLimit how long one evaluation's rules (a submission's, or a chunk of attestation rows') may run; a
     *        rule still running then fails its check naming the rule, and one whose consequence or condition never
     *        returns is abandoned on its rule thread (default 10s)
     * @param runnerThreads the most evaluations running at once on the rule threads, which are watched against the
     *        time limit; one more is refused (ctip serve: 503 with Retry-After). A thread whose rule never returned
     *        is lost until the application restarts (default 64)
     * @param concurrentEvaluations how many of those evaluations run at once; the others wait for a turn (at most the
     *        time limit, then 503) rather than evict one another's rule memories from the CPU caches; 0: the number
     *        of processors (default 0)
     */
    public record Rules(String location, Path cacheDir, @DefaultValue("10s") java.time.Duration timeLimit,
            @DefaultValue("64") int runnerThreads, @DefaultValue("0") int concurrentEvaluations) {
        public Rules {
            if (timeLimit == null) {
                timeLimit = java.time.Duration.ofSeconds(10);
            }
            if (timeLimit.isZero() || timeLimit.isNegative()) {
                throw new IllegalArgumentException("ctip.rules.time-limit must be longer than 0, e.g. 10s");
            }
            if (runnerThreads < 1) {
                throw new IllegalArgumentException("ctip.rules.runner-threads must be 1 or more");
            }
            if (concurrentEvaluations < 0) {
                throw new IllegalArgumentException("ctip.rules.concurrent-evaluations must be 0 (the number of"
                        + " processors) or more");
            }
        }
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
