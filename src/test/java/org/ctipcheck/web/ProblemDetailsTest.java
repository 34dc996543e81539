package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every error class answers RFC 9457 application/problem+json with type, title, status and detail (issue 15,
 * "Errors and limits"), on the real port; bad input is refused with 4xx and nothing is recorded.
 */
class ProblemDetailsTest extends ServiceTestBase {
    @LocalServerPort
    int port;
    LoopbackClient client;

    @BeforeEach
    void connect() {
        client = new LoopbackClient(port);
    }

    private static JsonNode problem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = LoopbackClient.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("java.");
        return problem;
    }

    private HttpResponse<byte[]> post(String path, String user, String type, byte[] body) throws Exception {
        return client.send(client.request(path, user).header("Content-Type", type).POST(BodyPublishers.ofByteArray(body)));
    }

    @Test
    void unauthenticated401() throws Exception {
        HttpResponse<byte[]> response = client.send(client.request("/api/v1/evaluations", null));
        problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        // both ways in are offered: HTTP Basic and a bearer token
        assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Bearer"));
    }

    /** A token refused: 401 problem+json saying why, and RFC 6750's challenge with error="invalid_token". */
    private JsonNode refusedToken(String token) throws Exception {
        HttpResponse<byte[]> response = client.send(client.bearer("/api/v1/rules", token));
        JsonNode problem = problem(response, 401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anySatisfy(v -> assertThat(v).startsWith("Bearer").contains("error=\"invalid_token\""));
        return problem;
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String expired = TestIssuer.shared().expired("officer", "CONTRACTING_OFFICER");

        assertThat(refusedToken(expired).path("detail").asString()).contains("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        refusedToken(TestIssuer.shared().forged("officer", "ADMIN"));
    }

    @Test
    void aTokenOfAnotherIssuerOrForAnotherAudienceIs401() throws Exception {
        TestIssuer issuer = TestIssuer.shared();
        assertThat(refusedToken(issuer.token("officer", claims -> claims.claim("roles", "ADMIN")
                .issuer("https://elsewhere.example"))).path("detail").asString()).contains("iss");
        assertThat(refusedToken(issuer.token("officer", claims -> claims.claim("roles", "ADMIN")
                .audience("another-api"))).path("detail").asString()).contains("aud");
    }

    @Test
    void somethingThatIsNotATokenIs401() throws Exception {
        refusedToken("not-a-jwt");
    }

    @Test
    void aValidTokenWithoutARoleOfTheServiceIs403SayingWhichClaim() throws Exception {
        String token = TestIssuer.shared().token("stranger", java.util.List.of("offline_access"), null);

        JsonNode problem = problem(client.send(client.bearer("/api/v1/rules", token)), 403);

        assertThat(problem.path("detail").asString()).contains("'roles'").contains("CONTRACTING_OFFICER");
    }

    @Test
    void anImplementerTokenWithoutItsUeiIs403() throws Exception {
        String token = TestIssuer.shared().token("acme", "IMPLEMENTER", null);

        JsonNode problem = problem(client.send(client.bearer("/api/v1/evaluations", token)), 403);

        assertThat(problem.path("detail").asString()).contains("UEI").contains("'uei'");
    }

    @Test
    void aRoleTheTokenLacksIs403() throws Exception {
        problem(client.send(client.bearer("/api/v1/evaluations", tokenOf("auditor")).header("Content-Type",
                "application/json").POST(BodyPublishers.ofByteArray(Files.readAllBytes(SAMPLE_02)))), 403);
    }

    @Test
    void forbidden403() throws Exception {
        problem(post("/api/v1/evaluations", "auditor", "application/json", Files.readAllBytes(SAMPLE_02)), 403);
    }

    @Test
    void unknownPathAndUnknownEvaluation404() throws Exception {
        problem(client.send(client.request("/api/v1/nothing-here", "officer")), 404);
        problem(client.send(client.request("/api/v1/evaluations/no-such-evaluation", "officer")), 404);
        problem(client.send(client.request("/api/v1/rules/CTIP-NOPE-99", "officer")), 404);
    }

    @Test
    void methodNotAllowed405() throws Exception {
        problem(client.send(client.request("/api/v1/rules", "admin").DELETE()), 405);
    }

    @Test
    void notAcceptable406() throws Exception {
        problem(client.send(client.request("/api/v1/rules", "officer").header("Accept", "application/xml")), 406);
    }

    @Test
    void aBodyOverTheLimitIs413AndNothingIsRecorded() throws Exception {
        long before = client.recorded();
        byte[] big = ("{\"padding\": \"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        problem(post("/api/v1/evaluations", "officer", "application/json", big), 413);
        assertThat(client.recorded()).isEqualTo(before);
    }

    @Test
    void anUnsupportedContentTypeIs415() throws Exception {
        problem(post("/api/v1/evaluations", "officer", "text/plain", Files.readAllBytes(SAMPLE_02)), 415);
    }

    @Test
    void anInvalidSubmissionIs422WithPointerLineAndColumnAndNothingIsRecorded() throws Exception {
        long before = client.recorded();
        String json = Files.readString(SAMPLE_02).replaceFirst("\"uei\"", "\"unknownField\": 1,\n    \"uei\"");

        JsonNode problem = problem(post("/api/v1/evaluations", "officer", "application/json",
                json.getBytes(StandardCharsets.UTF_8)), 422);

        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("pointer").asString()).startsWith("/organization");
        assertThat(error.path("line").asInt()).isPositive();
        assertThat(error.path("column").asInt()).isPositive();
        assertThat(error.path("detail").asString()).isNotBlank();
        assertThat(client.recorded()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs422() throws Exception {
        problem(post("/api/v1/evaluations", "officer", "application/json", "{\"award\": ".getBytes(StandardCharsets.UTF_8)), 422);
    }

    @Test
    void aBadAsOfIs400NamingTheParameterAndNothingIsRecorded() throws Exception {
        long before = client.recorded();

        JsonNode problem = problem(post("/api/v1/evaluations?asOf=2026-02-30", "officer", "application/json",
                Files.readAllBytes(SAMPLE_02)), 400);

        assertThat(problem.path("parameter").asString()).isEqualTo("asOf");
        assertThat(problem.path("detail").asString()).contains("not a calendar date");
        assertThat(client.recorded()).isEqualTo(before);
    }

    @Test
    void badNotifyWithinFailOnFormatAndPageAre400() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE_02);
        assertThat(problem(post("/api/v1/evaluations?notifyWithin=-1", "officer", "application/json", sample), 400)
                .path("parameter").asString()).isEqualTo("notifyWithin");
        assertThat(problem(post("/api/v1/evaluations?failOn=SEVERE", "officer", "application/json", sample), 400)
                .path("parameter").asString()).isEqualTo("failOn");
        assertThat(problem(client.send(client.request("/api/v1/evaluations?size=1000", "officer")), 400)
                .path("parameter").asString()).isEqualTo("size");
    }

    @Test
    void malformedMultipartIs400() throws Exception {
        problem(post("/api/v1/evaluations", "officer", "multipart/form-data; boundary=xyz",
                "--xyz\r\nnot a part".getBytes(StandardCharsets.UTF_8)), 400);
    }
}
