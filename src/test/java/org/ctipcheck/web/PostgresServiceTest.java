package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * ctip serve with its audit log on PostgreSQL (ctip.audit.db), in a schema of its own on the server
 * $CTIP_TEST_POSTGRES_URL names (CI sets it, so there a missing server fails the test; unset, it does not run):
 * submit, list, show, read the report, verify, and the records are the server's rows.
 */
@EnabledIfEnvironmentVariable(named = "CTIP_TEST_POSTGRES_URL", matches = ".+")
class PostgresServiceTest extends ServiceTestBase {
    private static final String SCHEMA = "ctip_serve_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    @LocalServerPort
    int port;

    private static String server() {
        return System.getenv("CTIP_TEST_POSTGRES_URL");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("ctip.audit.db", () -> server() + (server().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(server()); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void submitListShowReportAndVerifyOnPostgresql() throws Exception {
        LoopbackClient client = new LoopbackClient(port);
        HttpResponse<byte[]> harbor = client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofFile(SAMPLE_02)));
        HttpResponse<byte[]> meridian = client.send(client.bearer("/api/v1/evaluations?asOf=2026-03-01",
                tokenOf("meridian")).header("Content-Type", "application/yaml").POST(BodyPublishers.ofFile(SAMPLE_01)));
        assertThat(harbor.statusCode()).isEqualTo(201);
        assertThat(meridian.statusCode()).isEqualTo(201);

        JsonNode listed = LoopbackClient.json(client.send(client.request("/api/v1/evaluations", "auditor")));
        assertThat(listed.path("total").asLong()).isEqualTo(2);
        JsonNode meridians = LoopbackClient.json(client.send(client.request("/api/v1/evaluations", "meridian")));
        assertThat(meridians.path("total").asLong()).isEqualTo(1);

        String location = meridian.headers().firstValue("Location").orElseThrow();
        JsonNode shown = LoopbackClient.json(client.send(client.request(location, "auditor")));
        assertThat(shown.path("actor").asString()).isEqualTo("meridian");
        assertThat(shown.path("role").asString()).isEqualTo("implementer");
        assertThat(shown.path("determination").asString()).isEqualTo("COMPLIANT");
        HttpResponse<byte[]> report = client.send(client.request(location + "/report", "officer"));
        assertThat(report.body()).isEqualTo(meridian.body());
        assertThat(client.send(client.request(harbor.headers().firstValue("Location").orElseThrow(), "meridian"))
                .statusCode()).isEqualTo(404);

        JsonNode verified = LoopbackClient.json(client.send(client.request("/api/v1/audit/verify", "auditor")));
        assertThat(verified.path("intact").asBoolean()).isTrue();
        JsonNode health = LoopbackClient.json(client.send(client.request("/actuator/health", "admin")));
        assertThat(health.path("components").path("ctipAuditLog").path("details").path("store").asString())
                .isEqualTo("PostgreSQL, schema " + SCHEMA); // issue 15: no server address in health details
        assertThat(rows("audit_evaluation")).isEqualTo(2);
    }

    private static long rows(String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(server()); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from " + SCHEMA + "." + table)) {
            count.next();
            return count.getLong(1);
        }
    }
}
