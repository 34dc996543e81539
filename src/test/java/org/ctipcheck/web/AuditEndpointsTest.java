package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The auditor's endpoints on the real port: replay (archived and current rules; an altered log or archive is a
 * problem naming it and nothing is compiled), export (csv through the formula guard, jsonl, the list's filters)
 * and verify with the witnesses of ctip.audit.witnesses. No answer names a server path.
 */
class AuditEndpointsTest extends ServiceTestBase {
    private static final AuditLocation STORE = AuditLocation.embedded(HOME.resolve("audit"));
    @LocalServerPort
    int port;
    LoopbackClient client;

    @BeforeEach
    void connect() {
        client = new LoopbackClient(port);
    }

    @AfterEach
    void emptyTheWitnessFolder() throws Exception {
        try (var files = Files.list(WITNESSES)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private HttpResponse<byte[]> submit(byte[] body) throws Exception {
        HttpResponse<byte[]> response = client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(body)));
        assertThat(response.statusCode()).as(text(response)).isEqualTo(201);
        return response;
    }

    private String submitSample02() throws Exception {
        return LoopbackClient.json(submit(Files.readAllBytes(SAMPLE_02))).path("audit").path("evaluationId").asString();
    }

    private HttpResponse<byte[]> replay(String id, String query, String user) throws Exception {
        return client.send(client.request("/api/v1/evaluations/" + id + "/replay" + query, user)
                .POST(BodyPublishers.noBody()));
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        return client.send(client.request(path, user));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aReplayWithTheArchivedRulesFindsTheSameFindings() throws Exception {
        String id = submitSample02();

        HttpResponse<byte[]> response = replay(id, "", "auditor");

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode replay = LoopbackClient.json(response);
        assertThat(replay.path("evaluationId").asString()).isEqualTo(id);
        assertThat(replay.path("rules").asString()).isEqualTo("archived");
        assertThat(replay.path("rulesetSha256").asString()).isEqualTo(replay.path("recordedRulesetSha256").asString());
        assertThat(replay.path("recordedDetermination").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(replay.path("replayedDetermination").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(replay.path("identical").asBoolean()).isTrue();
        assertThat(replay.path("changes").size()).isZero();
        assertThat(replay.path("findingsRecorded").asInt()).isPositive();
    }

    @Test
    void aReplayWithTheCurrentRulesSaysSoAndComparesTheSameWay() throws Exception {
        String id = submitSample02();

        JsonNode replay = LoopbackClient.json(replay(id, "?rules=current", "admin"));

        assertThat(replay.path("rules").asString()).isEqualTo("current");
        assertThat(replay.path("identical").asBoolean()).isTrue();
    }

    @Test
    void aReplayOfAnUnknownEvaluationOrWithUnknownRulesIsAProblem() throws Exception {
        HttpResponse<byte[]> unknown = replay("no-such-evaluation", "", "auditor");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<byte[]> badRules = replay(submitSample02(), "?rules=tomorrow", "auditor");
        assertThat(badRules.statusCode()).isEqualTo(400);
        assertThat(LoopbackClient.json(badRules).path("parameter").asString()).isEqualTo("rules");
    }

    @Test
    void aReplayOfAnAlteredLogIsRefusedNamingTheRecord() throws Exception {
        String id = submitSample02();
        long sequence = LoopbackClient.json(get("/api/v1/evaluations/" + id, "auditor")).path("sequence").asLong();
        String recorded = sql("select determination from audit_evaluation where seq = " + sequence);
        execute("update audit_evaluation set determination = 'COMPLIANT' where seq = " + sequence);
        try {
            HttpResponse<byte[]> response = replay(id, "", "auditor");

            assertThat(response.statusCode()).as(text(response)).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = LoopbackClient.json(response);
            assertThat(problem.path("type").asString()).isEqualTo("urn:ctip-check:problem:audit-log-tampered");
            assertThat(problem.path("detail").asString()).contains("does not verify").contains("#" + sequence);
            assertThat(text(response)).doesNotContain(HOME.toString());
        } finally {
            execute("update audit_evaluation set determination = '" + recorded + "' where seq = " + sequence);
        }
        assertThat(replay(id, "", "auditor").statusCode()).isEqualTo(200);
    }

    @Test
    void archivedRulesThatWereAlteredAreNeitherCompiledNorRun() throws Exception {
        String id = submitSample02();
        String fingerprint = LoopbackClient.json(get("/api/v1/evaluations/" + id, "auditor")).path("rulesetSha256")
                .asString();
        byte[] archive = bytes("select archive from audit_ruleset where fingerprint = '" + fingerprint + "'");
        String files = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(archive)).readAllBytes(),
                StandardCharsets.UTF_8);
        String altered = files.replaceFirst("when", "when ");
        assertThat(altered).isNotEqualTo(files);
        setArchive(fingerprint, gzip(altered));
        try {
            HttpResponse<byte[]> response = replay(id, "", "auditor");

            assertThat(response.statusCode()).as(text(response)).isEqualTo(409);
            assertThat(LoopbackClient.json(response).path("detail").asString())
                    .contains("archived rules " + fingerprint + " were altered");
        } finally {
            setArchive(fingerprint, archive);
        }
    }

    @Test
    void theCsvExportHasTheListsFiltersAndQuotesFormulas() throws Exception {
        ObjectNode submission = (ObjectNode) LoopbackClient.json(submit(Files.readAllBytes(SAMPLE_02)));
        JsonNode sample = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readAllBytes(SAMPLE_02));
        ((ObjectNode) sample.path("organization")).put("legalName", "=HYPERLINK(\"http://example.invalid\",\"Harbor\")");
        String planted = LoopbackClient.json(submit(sample.toString().getBytes(StandardCharsets.UTF_8))).path("audit")
                .path("evaluationId").asString();

        HttpResponse<byte[]> response = get("/api/v1/audit/export?format=csv&organization=hyperlink", "auditor");

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = text(response).lines().toList();
        assertThat(lines.get(0)).startsWith("sequence,evaluation_id,");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(planted).contains("'=HYPERLINK").doesNotContain(",=").doesNotContain(",\"=");
        assertThat(lines.get(1)).doesNotContain(submission.path("audit").path("evaluationId").asString());
    }

    @Test
    void theJsonLinesExportHoldsOneFullRecordPerLineForTheFilter() throws Exception {
        submitSample02();
        String filter = "determination=non_compliant&rule=CTIP-PLAN-06";
        long listed = LoopbackClient.json(get("/api/v1/evaluations?" + filter, "auditor")).path("total").asLong();

        HttpResponse<byte[]> response = get("/api/v1/audit/export?format=jsonl&" + filter, "admin");

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jsonl");
        List<String> lines = text(response).lines().toList();
        assertThat(lines).hasSize((int) listed).isNotEmpty();
        for (String line : lines) {
            JsonNode record = tools.jackson.databind.json.JsonMapper.builder().build().readTree(line);
            assertThat(record.path("determination").asString()).isEqualTo("NON_COMPLIANT");
            assertThat(record.path("submission").path("canonicalJson").isObject()).isTrue();
        }
    }

    @Test
    void anExportWithABadFormatDateOrDeterminationIsAProblemNamingTheParameter() throws Exception {
        for (String[] bad : new String[][] {{"format=xlsx", "format"}, {"since=yesterday", "since"},
                {"determination=fine", "determination"}}) {
            HttpResponse<byte[]> response = get("/api/v1/audit/export?" + bad[0], "auditor");

            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(LoopbackClient.json(response).path("parameter").asString()).isEqualTo(bad[1]);
        }
    }

    @Test
    void verifyChecksTheWitnessesOfTheWitnessFolderAndNamesThemWithoutTheirPath() throws Exception {
        HttpResponse<byte[]> issued = submit(Files.readAllBytes(SAMPLE_02));
        String id = LoopbackClient.json(issued).path("audit").path("evaluationId").asString();
        Files.write(WITNESSES.resolve("report-" + id + ".json"), issued.body());
        try (AuditStore store = AuditStore.openExisting(STORE)) {
            Files.writeString(WITNESSES.resolve("head.json"), store.signedHead().orElseThrow().toJson("the audit log"));
        }
        Files.writeString(WITNESSES.resolve("notes.txt"), "not a witness");

        HttpResponse<byte[]> response = get("/api/v1/audit/verify", "auditor");

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode verification = LoopbackClient.json(response);
        assertThat(verification.path("intact").asBoolean()).isTrue();
        List<String> held = new ArrayList<>();
        verification.path("witnesses").forEach(witness -> {
            assertThat(witness.path("verdict").asString()).as(witness.toString()).isEqualTo("CONFIRMED");
            held.add(witness.path("source").asString());
        });
        assertThat(held).containsExactly("head.json", "report-" + id + ".json");
        assertThat(verification.path("unreadableWitnesses").size()).isEqualTo(1);
        assertThat(verification.path("unreadableWitnesses").get(0).asString()).contains("notes.txt");
        assertThat(verification.path("witnessesHeld").asBoolean()).isFalse();
        assertThat(text(response)).doesNotContain(HOME.toString());

        Files.delete(WITNESSES.resolve("notes.txt"));
        assertThat(LoopbackClient.json(get("/api/v1/audit/verify", "auditor")).path("witnessesHeld").asBoolean()).isTrue();
    }

    @Test
    void verifyNamesAWitnessTheLogNoLongerHolds() throws Exception {
        HttpResponse<byte[]> issued = submit(Files.readAllBytes(SAMPLE_02));
        JsonNode report = LoopbackClient.json(issued);
        // the same report, as if issued for a record the log does not have: the log was cut short before it
        ((ObjectNode) report.path("audit")).put("sequence", 1_000_000).put("evaluationId",
                java.util.UUID.randomUUID().toString());
        Files.writeString(WITNESSES.resolve("future.json"), report.toString());

        JsonNode verification = LoopbackClient.json(get("/api/v1/audit/verify", "auditor"));

        JsonNode witness = verification.path("witnesses").get(0);
        assertThat(witness.path("verdict").asString()).isEqualTo("TRUNCATED");
        assertThat(witness.path("held").asBoolean()).isFalse();
        assertThat(verification.path("witnessesHeld").asBoolean()).isFalse();
    }

    private static String sql(String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(STORE.jdbcUrl());
             ResultSet row = connection.createStatement().executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static byte[] bytes(String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(STORE.jdbcUrl());
             ResultSet row = connection.createStatement().executeQuery(query)) {
            row.next();
            return row.getBytes(1);
        }
    }

    private static void execute(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(STORE.jdbcUrl())) {
            connection.createStatement().execute(statement);
        }
    }

    private static void setArchive(String fingerprint, byte[] archive) throws Exception {
        try (Connection connection = DriverManager.getConnection(STORE.jdbcUrl());
             PreparedStatement update = connection.prepareStatement(
                     "update audit_ruleset set archive = ? where fingerprint = ?")) {
            update.setBytes(1, archive);
            update.setString(2, fingerprint);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
