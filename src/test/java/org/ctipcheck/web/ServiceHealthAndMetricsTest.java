package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code ctip serve} runs on the Spring Boot auto-configuration, so it has its health contributors (the ruleset's
 * fingerprint, the audit store and its chain head, on /actuator/health for admins and auditors) and its meters.
 */
class ServiceHealthAndMetricsTest extends ServiceTestBase {
    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry registry;

    @Test
    void healthShowsTheRulesetAndTheAuditLogsHeadToAnAuditor() throws Exception {
        LoopbackClient client = new LoopbackClient(port);
        client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(Files.readAllBytes(SAMPLE_02))));

        JsonNode health = LoopbackClient.json(client.send(client.request("/actuator/health", "auditor")));

        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode components = health.path("components");
        assertThat(components.path("ctipRuleset").path("details").path("sha256").asString()).hasSize(64);
        assertThat(components.path("ctipRuleset").path("details").path("ruleThreads").asInt()).isPositive();
        assertThat(components.path("ctipRuleset").path("details").path("ruleThreadsHeld").asInt()).isZero();
        JsonNode audit = components.path("ctipAuditLog").path("details");
        // issue 15 "no server paths": the store by its kind, not its directory
        assertThat(audit.path("store").asString()).isEqualTo("H2 (embedded)");
        assertThat(components.path("ctipRuleset").path("details").path("location").asString())
                .isEqualTo("classpath:ctip/pack/");
        assertThat(audit.path("records").asLong()).isPositive();
        assertThat(audit.path("headHash").asString()).hasSize(64);
    }

    @Test
    void checksThroughTheServiceAreCountedByDetermination() throws Exception {
        LoopbackClient client = new LoopbackClient(port);
        double before = registry.find("ctip.checks").tag("determination", "COMPLIANT").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();

        client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "meridian")
                .header("Content-Type", "application/yaml").POST(BodyPublishers.ofByteArray(Files.readAllBytes(SAMPLE_01))));

        assertThat(registry.get("ctip.checks").tag("determination", "COMPLIANT").counter().count()).isEqualTo(before + 1);
        assertThat(registry.get("ctip.audit.write").timer().count()).isPositive();
        assertThat(registry.get("ctip.rules.threads.held").gauge().value()).isZero();
        assertThat(registry.get("ctip.rules.threads.active").gauge().value()).isNotNegative();
    }
}
