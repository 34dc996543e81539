package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The actuator as ctip serve exposes it: /actuator/health public with the status alone, its details for ADMIN and
 * AUDITOR; /actuator/prometheus for ADMIN only (HTTP Basic or a bearer token), a real scrape in the Prometheus
 * text format with the JVM's and the HTTP server's metrics.
 */
class ActuatorEndpointsTest extends ServiceTestBase {
    @LocalServerPort
    int port;
    LoopbackClient client;

    @BeforeEach
    void connect() {
        client = new LoopbackClient(port);
    }

    @Test
    void healthIsPublicWithTheStatusAlone() throws Exception {
        HttpResponse<byte[]> response = client.send(client.request("/actuator/health", null));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = LoopbackClient.json(response);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
    }

    @Test
    void healthDetailsNameTheRulesetAndTheAuditStoreForAnAdmin() throws Exception {
        JsonNode health = LoopbackClient.json(client.send(client.request("/actuator/health", "admin")));

        assertThat(health.path("components").path("ctipRuleset").path("details").path("sha256").asString()).hasSize(64);
        assertThat(health.path("components").path("ctipAuditLog").path("status").asString()).isEqualTo("UP");
    }

    /** Issue 15, "no server paths": Spring Boot's diskSpace (which shows the working directory) gives way to ours. */
    @Test
    void diskSpaceIsTheAuditDirectorysWithoutItsPath() throws Exception {
        HttpResponse<byte[]> response = client.send(client.request("/actuator/health", "admin"));
        JsonNode components = LoopbackClient.json(response).path("components");

        assertThat(components.has("diskSpace")).isFalse();
        JsonNode disk = components.path("ctipDiskSpace");
        assertThat(disk.path("status").asString()).isEqualTo("UP");
        assertThat(disk.path("details").path("of").asString()).isEqualTo("the audit data directory");
        assertThat(disk.path("details").path("free").asLong()).isPositive();
        assertThat(disk.path("details").path("threshold").asLong()).isEqualTo(10L * 1024 * 1024);
        assertThat(disk.path("details").has("path")).isFalse();
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(System.getProperty("user.dir")).doesNotContain(ServiceTestBase.HOME.toString());
    }

    @Test
    void prometheusIsForAnAdminOnly() throws Exception {
        assertThat(client.send(client.request("/actuator/prometheus", null)).statusCode()).isEqualTo(401);
        for (String user : new String[] {"officer", "meridian", "auditor"}) {
            HttpResponse<byte[]> response = client.send(client.request("/actuator/prometheus", user));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(client.send(client.bearer("/actuator/prometheus", tokenOf("auditor"))).statusCode()).isEqualTo(403);
    }

    @Test
    void aScrapeHasTheJvmAndHttpServerMetrics() throws Exception {
        assertThat(client.send(client.request("/api/v1/rules", "officer")).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> scrape = client.send(client.bearer("/actuator/prometheus", tokenOf("admin")));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain").contains("version=0.0.4"));
        String metrics = new String(scrape.body(), StandardCharsets.UTF_8);
        assertThat(metrics).contains("# TYPE jvm_memory_used_bytes gauge").contains("jvm_threads_live_threads")
                .contains("process_cpu_usage");
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/rules\"[^}]*} \\d");
    }
}
