package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A service started as {@code ctip serve} starts it, with the rules from a folder (given as an absolute path): the
 * reports it issues and serves name the ruleset by the folder's own name, never by where it is on the server.
 */
class ReportsWithoutServerPathsTest extends ServiceTestBase {
    private static final Path RULES = Path.of("rules").toAbsolutePath();
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("ctip.rules.location", RULES::toString);
        // compiled once per build of the tool, then loaded from the cache as ctip serve does
        registry.add("ctip.rules.cache-dir", () -> Path.of("target/ctip-serve-rules-cache").toAbsolutePath().toString());
    }

    @Test
    void theReportsNameTheRulesFolderWithoutItsPath() throws Exception {
        LoopbackClient client = new LoopbackClient(port);
        HttpResponse<byte[]> issued = client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(Files.readAllBytes(SAMPLE_02))));
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode report = LoopbackClient.json(issued);
        assertThat(report.path("ruleset").path("location").asString()).isEqualTo("rules");
        String id = report.path("audit").path("evaluationId").asString();

        for (String format : new String[] {"json", "text", "html", "csv", "oscal", "pdf"}) {
            HttpResponse<byte[]> served = client.send(client.request("/api/v1/evaluations/" + id + "/report?format="
                    + format, "auditor"));
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).as(format)
                    .doesNotContain(RULES.toString()).doesNotContain(HOME.toString());
        }
        HttpResponse<byte[]> replay = client.send(client.request("/api/v1/evaluations/" + id + "/replay", "auditor")
                .POST(BodyPublishers.noBody()));
        assertThat(LoopbackClient.json(replay).path("identical").asBoolean()).isTrue();
    }
}
