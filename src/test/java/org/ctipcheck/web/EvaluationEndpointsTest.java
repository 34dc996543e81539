package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The evaluation endpoints on the real port: submit (JSON, YAML, multipart), read back, reports, idempotency. */
class EvaluationEndpointsTest extends ServiceTestBase {
    @LocalServerPort
    int port;
    LoopbackClient client;

    @BeforeEach
    void connect() {
        client = new LoopbackClient(port);
    }

    private HttpResponse<byte[]> submit(String user, String type, byte[] body, String key) throws Exception {
        var request = client.request("/api/v1/evaluations?asOf=2026-03-01", user).header("Content-Type", type)
                .POST(BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return client.send(request);
    }

    @Test
    void aJsonSubmissionIsRecordedAndAnswered201WithLocationAndTheRecordedReport() throws Exception {
        HttpResponse<byte[]> response = submit("officer", "application/json", Files.readAllBytes(SAMPLE_02), null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode report = LoopbackClient.json(response);
        String id = report.path("audit").path("evaluationId").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/evaluations/" + id);
        assertThat(report.path("determination").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(response.headers().firstValue("Ctip-Fails")).hasValue("true");
        // the report served later is byte for byte the one issued, whose SHA-256 the record holds
        HttpResponse<byte[]> again = client.send(client.request("/api/v1/evaluations/" + id + "/report", "auditor"));
        assertThat(again.body()).isEqualTo(response.body());
        JsonNode shown = LoopbackClient.json(client.send(client.request("/api/v1/evaluations/" + id, "auditor")));
        assertThat(shown.path("reportSha256").path("json").asString()).isEqualTo(sha256(response.body()));
    }

    @Test
    void aYamlBodyIsReadAsYaml() throws Exception {
        HttpResponse<byte[]> response = submit("meridian", "application/yaml", Files.readAllBytes(SAMPLE_01), null);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(LoopbackClient.json(response).path("determination").asString()).isEqualTo("COMPLIANT");
    }

    @Test
    void aMultipartUploadWithAnAttestationIsScreened() throws Exception {
        String boundary = "ctip-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"submission\"; filename=\"bid.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + Files.readString(SAMPLE_01) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"attestation\"; filename=\"suppliers.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + attestation(50) + "\r\n--" + boundary + "--\r\n";

        HttpResponse<byte[]> response = submit("officer", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8), null);

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode report = LoopbackClient.json(response);
        assertThat(report.path("supplyChain").path("rowsRead").asLong()).isEqualTo(50);
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesTheSameEvaluationRecordedOnce() throws Exception {
        String key = "workflow-" + UUID.randomUUID();
        long before = client.recorded();

        HttpResponse<byte[]> first = submit("officer", "application/json", Files.readAllBytes(SAMPLE_02), key);
        HttpResponse<byte[]> retry = submit("officer", "application/json", Files.readAllBytes(SAMPLE_02), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(client.recorded()).isEqualTo(before + 1);
    }

    @Test
    void anotherUsersIdempotencyKeyIsNotTheirs() throws Exception {
        String key = "shared-" + UUID.randomUUID();

        HttpResponse<byte[]> officers = submit("officer", "application/yaml", Files.readAllBytes(SAMPLE_01), key);
        HttpResponse<byte[]> meridians = submit("meridian", "application/yaml", Files.readAllBytes(SAMPLE_01), key);

        assertThat(meridians.statusCode()).isEqualTo(201);
        assertThat(meridians.headers().firstValue("Location")).isNotEqualTo(officers.headers().firstValue("Location"));
    }

    @Test
    void theReportIsServedInEveryFormatByFormatOrAccept() throws Exception {
        String location = submit("officer", "application/json", Files.readAllBytes(SAMPLE_02), null).headers()
                .firstValue("Location").orElseThrow();
        String report = location + "/report";

        assertThat(text(client.send(client.request(report + "?format=pdf", "officer")), "application/pdf")).startsWith("%PDF");
        assertThat(text(client.send(client.request(report, "officer").header("Accept", "application/pdf")),
                "application/pdf")).startsWith("%PDF");
        assertThat(text(client.send(client.request(report, "officer").header("Accept", "text/html")), "text/html"))
                .contains("<html");
        assertThat(text(client.send(client.request(report + "?format=csv", "officer")), "text/csv")).contains("record");
        assertThat(text(client.send(client.request(report + "?format=oscal", "officer")), "application/oscal+json"))
                .contains("assessment-results");
        assertThat(text(client.send(client.request(report, "officer").header("Accept", "text/plain")), "text/plain"))
                .contains("NON COMPLIANT");
        assertThat(text(client.send(client.request(report, "officer").header("Accept", "text/*;q=0.5, application/json")),
                "application/json")).contains("\"determination\"");
    }

    @Test
    void listingFiltersAndPages() throws Exception {
        submit("officer", "application/json", Files.readAllBytes(SAMPLE_02), null);

        JsonNode page = LoopbackClient.json(client.send(client.request(
                "/api/v1/evaluations?determination=non_compliant&rule=CTIP-PLAN-06&size=1", "auditor")));

        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asLong()).isPositive();
        assertThat(page.path("items").get(0).path("determination").asString()).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void rulesSchemaAndVerify() throws Exception {
        JsonNode rules = LoopbackClient.json(client.send(client.request("/api/v1/rules", "meridian")));
        assertThat(rules.path("count").asInt()).isEqualTo(rules.path("rules").size()).isPositive();
        JsonNode explained = LoopbackClient.json(client.send(client.request("/api/v1/rules/CTIP-PLAN-06", "meridian")));
        assertThat(explained.path("requirement").path("id").asString()).isEqualTo("CTIP-PLAN-06");
        assertThat(explained.path("rules").size()).isPositive();
        HttpResponse<byte[]> schema = client.send(client.request("/api/v1/schema/submission", "meridian"));
        assertThat(schema.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/schema+json"));
        assertThat(LoopbackClient.json(schema).path("$id").asString()).contains("submission");
        JsonNode verified = LoopbackClient.json(client.send(client.request("/api/v1/audit/verify", "auditor")));
        assertThat(verified.path("intact").asBoolean()).isTrue();
    }

    private static String text(HttpResponse<byte[]> response, String type) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        return new String(response.body(), StandardCharsets.ISO_8859_1);
    }

    /** A seeded synthetic attestation of {@code rows} suppliers (as ctip generate-attestation writes). */
    private static String attestation(int rows) throws Exception {
        java.io.StringWriter csv = new java.io.StringWriter();
        new org.ctipcheck.supplychain.AttestationGenerator(42, 0).write(csv, rows, false);
        return csv.toString();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
