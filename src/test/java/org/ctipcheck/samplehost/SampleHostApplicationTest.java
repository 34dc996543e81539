package org.ctipcheck.samplehost;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.spring.CtipAuditLog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sample host application started as Spring Boot starts it (no web server): it checks sample 01 and records it in
 * its own database, in ctip-check's schema with ctip-check's own Flyway history beside the host's; on H2, and on
 * PostgreSQL when CTIP_TEST_POSTGRES_URL names a server (as in CI), in schemas of its own dropped afterwards.
 */
class SampleHostApplicationTest {
    private static final Path SAMPLE_01 = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @TempDir
    Path folder;

    @Test
    void onH2() {
        try (ConfigurableApplicationContext host = start("--spring.datasource.url=jdbc:h2:file:"
                + folder.resolve("host").toAbsolutePath())) {
            reviewsAndRecords(host, "PUBLIC", "ctip_audit");
        }
    }

    @Test
    void onPostgres() {
        String url = System.getenv("CTIP_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "CTIP_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String hostSchema = "host_" + suffix;
        String auditSchema = "ctip_audit_" + suffix;
        try (ConfigurableApplicationContext host = start(
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + hostSchema,
                "--spring.flyway.schemas=" + hostSchema, "--ctip.audit.schema=" + auditSchema)) {
            try {
                reviewsAndRecords(host, hostSchema, auditSchema);
            } finally {
                JdbcTemplate database = host.getBean(JdbcTemplate.class);
                database.execute("drop schema if exists " + hostSchema + " cascade");
                database.execute("drop schema if exists " + auditSchema + " cascade");
            }
        }
    }

    private ConfigurableApplicationContext start(String... settings) {
        SpringApplication application = new SpringApplication(SampleHostApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", "sample-host"));
        List<String> arguments = new java.util.ArrayList<>(List.of(settings));
        arguments.add("--ctip.audit.dir=" + folder.resolve("ctip-keys"));
        return application.run(arguments.toArray(String[]::new));
    }

    private void reviewsAndRecords(ConfigurableApplicationContext host, String hostSchema, String auditSchema) {
        assertThat(host).as("no web server").isNotInstanceOf(WebServerApplicationContext.class);
        PreAwardReview review = host.getBean(PreAwardReview.class);

        PreAwardReview.Decision decision = review.review("W91-26-C-0001", SAMPLE_01, AS_OF);
        PreAwardReview.Decision retried = review.review("W91-26-C-0001", SAMPLE_01, AS_OF);

        assertThat(decision.determination()).isEqualTo(Determination.COMPLIANT);
        assertThat(retried).as("a retry answered from the audit log, not recorded again").isEqualTo(decision);
        JdbcTemplate database = host.getBean(JdbcTemplate.class);
        assertThat(database.queryForList("select evaluation_id from contract_review", String.class))
                .as("the host's own table, on its pooled connections after the audit log used one")
                .containsExactly(decision.evaluationId());
        try (AuditStore store = host.getBean(CtipAuditLog.class).open()) {
            assertThat(store.verify(null).intact()).isTrue();
            assertThat(store.verify(null).records()).isEqualTo(1);
            assertThat(store.queries().find(decision.evaluationId())).isPresent();
        }
        assertThat(database.queryForList("select \"script\" from \"" + hostSchema + "\".\"flyway_schema_history\""
                + " where \"version\" is not null", String.class)).as("the host's Flyway history holds the host's migrations only")
                .containsExactly("V1__contract_review.sql");
        assertThat(database.queryForList("select \"script\" from \"" + auditSchema + "\".\"audit_schema_history\"",
                String.class)).as("ctip-check's own history, in its own schema").contains("V1__audit_log.sql")
                .doesNotContain("V1__contract_review.sql");
        assertThat(host.getBean("ctipAuditLogHealthIndicator", HealthIndicator.class).health().getStatus())
                .isEqualTo(Status.UP);
        assertThat(host.getBean(MeterRegistry.class).get("ctip.checks").tag("determination", "COMPLIANT").counter()
                .count()).isEqualTo(1);
    }
}
