package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A service whose surroundings fail, on its real port (issue 15's loose ends): no audit log (POST answers 200
 * without Location: nothing was created), an identity provider that is down (503, not 401 or 500), a rule that
 * never returns (the request fails naming it at ctip.rules.time-limit, the service keeps serving, and once both rule
 * threads are held by such rules it answers 503 rather than hang), and small upload limits (413 naming the
 * setting and the size allowed). Its rules are a pack of one rule, which never returns for sample 02's organization.
 */
@SpringBootTest(classes = CtipService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the rule that never returns holds the rule threads: it runs last
class ServiceFailureModesTest {
    static final Path RULES = rulesThatNeverReturnForSample02();
    static final String DEAD_ISSUER = RefusingPort.url();
    @LocalServerPort
    int port;
    LoopbackClient client;
    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry registry;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("ctip.audit.enabled", () -> "false");
        registry.add("ctip.security.users-file", () -> ServiceTestBase.HOME.resolve("users.yaml").toString());
        registry.add("ctip.security.jwt.issuer-uri", () -> DEAD_ISSUER);
        registry.add("ctip.rules.location", RULES::toString);
        registry.add("ctip.rules.time-limit", () -> "500ms");
        registry.add("ctip.rules.runner-threads", () -> "2");
        registry.add("ctip.limits.max-attestation-size", () -> "64KB");
        registry.add("ctip.limits.max-request-size", () -> "1MB");
    }

    @BeforeEach
    void connect() {
        client = new LoopbackClient(port);
    }

    private HttpResponse<byte[]> submit(Path sample) throws Exception {
        return client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Content-Type", sample.toString().endsWith(".json") ? "application/json" : "application/yaml")
                .POST(BodyPublishers.ofByteArray(Files.readAllBytes(sample))));
    }

    private static JsonNode problem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = LoopbackClient.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).doesNotContain("Exception").doesNotContain("java.");
        return problem;
    }

    /** Issue 15 loose end 5: with recording off nothing is created, so 200 and no Location (not 201). */
    @Test
    void withRecordingOffAnEvaluationIs200WithoutLocationAndNothingCanBeReadBack() throws Exception {
        HttpResponse<byte[]> response = submit(ServiceTestBase.SAMPLE_01);

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(response.headers().firstValue("Ctip-Determination")).isPresent();
        JsonNode report = LoopbackClient.json(response);
        assertThat(report.path("determination").asString()).isNotBlank();
        assertThat(report.path("audit").isMissingNode() || report.path("audit").isNull()).as("no audit stamp").isTrue();
        problem(client.send(client.request("/api/v1/evaluations", "officer")), 404);
    }

    @Test
    void aBearerTokenWhileTheIdentityProviderIsDownIs503NotUnauthorized() throws Exception {
        String token = TestIssuer.shared().token("officer", claims -> claims.issuer(DEAD_ISSUER)
                .claim("roles", "CONTRACTING_OFFICER"));

        HttpResponse<byte[]> response = client.send(client.bearer("/api/v1/rules", token));

        JsonNode problem = problem(response, 503);
        assertThat(problem.path("type").asString()).isEqualTo("urn:ctip-check:problem:identity-provider-unavailable");
        assertThat(problem.path("detail").asString()).contains("identity provider").contains("try again later")
                .contains("HTTP Basic").doesNotContain(DEAD_ISSUER);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        // HTTP Basic does not need the provider
        assertThat(client.send(client.request("/api/v1/rules", "officer")).statusCode()).isEqualTo(200);
    }

    /**
     * Issue 15 loose end 6: the service gives the check its rule threads. A rule that never returns fails its request
     * at the time limit naming the rule, and the service goes on answering; each such rule keeps its thread, and with
     * both threads held the next evaluation is refused (503, Retry-After) instead of waiting forever.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aRuleThatNeverReturnsFailsItsRequestAndTheServiceKeepsServing() throws Exception {
        JsonNode first = problem(submit(ServiceTestBase.SAMPLE_02), 500);
        assertThat(first.path("type").asString()).isEqualTo("urn:ctip-check:problem:rule-failed");
        assertThat(first.path("rule").asString()).isEqualTo("CTIP-PLAN-08.never-returns");
        assertThat(first.path("detail").asString()).contains("did not return within the limit of 500 ms")
                .contains("no report was issued or recorded");

        assertThat(submit(ServiceTestBase.SAMPLE_01).statusCode()).as("the other rule thread evaluates").isEqualTo(200);
        assertThat(rulesetHealth(200).path("details").path("ruleThreadsHeld").asInt()).isEqualTo(1);
        problem(submit(ServiceTestBase.SAMPLE_02), 500);

        // both threads held: health DOWN (a load balancer stops sending checks) and the gauge an alert can watch
        JsonNode down = rulesetHealth(503);
        assertThat(down.path("status").asString()).isEqualTo("DOWN");
        assertThat(down.path("details").path("ruleThreads").asInt()).isEqualTo(2);
        assertThat(down.path("details").path("ruleThreadsHeld").asInt()).isEqualTo(2);
        assertThat(down.path("details").path("error").asString()).contains("refused until the service restarts");
        assertThat(registry.get("ctip.rules.threads.held").gauge().value()).isEqualTo(2.0);

        HttpResponse<byte[]> refused = submit(ServiceTestBase.SAMPLE_01);
        JsonNode busy = problem(refused, 503);
        assertThat(busy.path("type").asString()).isEqualTo("urn:ctip-check:problem:rules-busy");
        assertThat(busy.path("detail").asString()).contains("all 2 rule threads are busy")
                .contains("ctip.rules.runner-threads");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(client.send(client.request("/api/v1/rules", "officer")).statusCode()).isEqualTo(200);
        aCheckFromTheWebPageIsRefusedWithABusyPage();
    }

    /** The web page's check, refused the same way: a page saying so (503, Retry-After), not a server error. */
    private void aCheckFromTheWebPageIsRefusedWithABusyPage() throws Exception {
        WebPageCheck.assertRefusedPage(WebPageCheck.submit(mvc, "officer", ServiceTestBase.SAMPLE_01, null), 503,
                "Service busy", 5, "all 2 rule threads are busy");
    }

    private JsonNode rulesetHealth(int status) throws Exception {
        HttpResponse<byte[]> response = client.send(client.request("/actuator/health", "admin"));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        return LoopbackClient.json(response).path("components").path("ctipRuleset");
    }

    /** Issue 15 loose end 4: the service's own problem, naming the setting and the size it allows. */
    @Test
    void anAttestationPartOverItsLimitIs413NamingTheSettingAndTheSizeAllowed() throws Exception {
        JsonNode problem = problem(upload(new byte[100 * 1024]), 413);

        assertThat(problem.path("type").asString()).isEqualTo("urn:ctip-check:problem:too-large");
        assertThat(problem.path("limit").asString()).isEqualTo("ctip.limits.max-attestation-size");
        assertThat(problem.path("allowed").asString()).isEqualTo("64KB");
        assertThat(problem.path("maxBytes").asLong()).isEqualTo(64 * 1024);
        assertThat(problem.path("detail").asString()).contains("'attestation'").contains("64KB")
                .doesNotContain("Maximum upload size");
    }

    @Test
    void anUploadOverTheRequestLimitIs413NamingTheSettingAndTheSizeAllowed() throws Exception {
        JsonNode problem = problem(upload(new byte[1200 * 1024]), 413);

        assertThat(problem.path("type").asString()).isEqualTo("urn:ctip-check:problem:too-large");
        assertThat(problem.path("limit").asString()).isEqualTo("ctip.limits.max-request-size");
        assertThat(problem.path("allowed").asString()).isEqualTo("1MB");
        assertThat(problem.path("detail").asString()).contains("1MB");
    }

    private HttpResponse<byte[]> upload(byte[] attestation) throws Exception {
        String boundary = "ctip-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"submission\"; filename=\"bid.yaml\""
                + "\r\nContent-Type: application/yaml\r\n\r\n" + Files.readString(ServiceTestBase.SAMPLE_01) + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"attestation\"; filename=\"suppliers.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(attestation, (byte) 'x');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return client.send(client.request("/api/v1/evaluations", "officer")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofByteArray(attestation),
                        BodyPublishers.ofByteArray(tail))));
    }

    /** One requirement and one rule, which never returns (it sleeps, and sleeps again when interrupted). */
    private static Path rulesThatNeverReturnForSample02() {
        try {
            Path pack = Files.createDirectories(Files.createTempDirectory("ctip-never-returns").resolve("rules"));
            Files.writeString(pack.resolve("requirements.yaml"), """
                    requirements:
                      - id: CTIP-PLAN-08
                        scope: plan-element
                        title: Posting
                        citation: FAR 52.222-50(h)(4)(i)
                        confidence: VERIFIED
                    """);
            Files.writeString(pack.resolve("never-returns.drl"), """
                    package ctip.neverreturns;
                    import org.ctipcheck.submission.*;
                    global org.ctipcheck.evaluation.Outcomes outcomes;
                    global org.ctipcheck.evaluation.RowOutcomes screen;

                    rule "CTIP-PLAN-08.never-returns"
                        @id("CTIP-PLAN-08.never-returns") @requirement("CTIP-PLAN-08") @title("Never returns")
                        @severity("INFO") @citation("FAR 52.222-50(h)(4)(i)") @remediation("None.") @confidence("INFERRED")
                    when
                        Organization( uei == "HGSS7DJ24K01" )
                    then
                        boolean forever = true;
                        while (forever) {
                            try {
                                Thread.sleep(60000);
                            } catch (InterruptedException e) {
                                // ignored: a rule that never returns, even when its thread is interrupted
                            }
                        }
                    end
                    """);
            return pack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
