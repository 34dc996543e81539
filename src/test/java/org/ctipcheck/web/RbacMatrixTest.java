package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role (and no user) against every endpoint of /api/v1, and each implementer against the other
 * organization's evaluation: CONTRACTING_OFFICER submits and reads all; IMPLEMENTER submits and reads its own
 * organization's only (another's is 404, never 403); AUDITOR reads all and verifies, never submits; ADMIN does
 * everything. Issue 15, "Security". Each user twice: with HTTP Basic, and with a bearer token of the loopback OIDC
 * issuer carrying the same role and UEI ("officer (token)"); a valid token with no role of the service is 403
 * everywhere, an expired one 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RbacMatrixTest extends ServiceTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    MockMvc mvc;
    /** Recorded by the contracting officer: sample 01 (Meridian's UEI) and sample 02 (Harbor's). */
    private String meridianEvaluation;
    private String harborEvaluation;

    /** A job Meridian submitted (Prefer: respond-async), ended by the time the matrix runs. */
    private String meridianJob;

    @BeforeAll
    void recordOneEvaluationPerOrganization() throws Exception {
        meridianEvaluation = submit("officer", SAMPLE_01, "application/yaml");
        harborEvaluation = submit("officer", SAMPLE_02, MediaType.APPLICATION_JSON_VALUE);
        meridianJob = endedJob("meridian");
    }

    private String endedJob(String user) throws Exception {
        var accepted = mvc.perform(post("/api/v1/evaluations?asOf=2026-03-01").contentType("application/yaml")
                .header("Prefer", "respond-async").content(Files.readAllBytes(SAMPLE_01))
                .with(httpBasic(user, PASSWORD))).andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(202);
        return awaitEnd(accepted.getHeader("Location"), user);
    }

    /**
     * Waits until the job at the location has ended. The test service runs one job thread with a queue of four, so
     * the matrix's eight accepted jobs would otherwise fill the queue and the ninth be refused (503), depending on
     * how fast the machine runs them.
     */
    private String awaitEnd(String location, String user) throws Exception {
        for (int i = 0; i < 6000; i++) { // two minutes at least: a guard against a job that never ends, not a timing
            JsonNode job = JSON.readTree(mvc.perform(as(get(location), user)).andReturn()
                    .getResponse().getContentAsByteArray());
            if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(job.path("state").asString())) {
                return job.path("id").asString();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + location + " did not end");
    }

    private String submit(String user, java.nio.file.Path sample, String type) throws Exception {
        var result = mvc.perform(as(post("/api/v1/evaluations?asOf=2026-03-01").contentType(type)
                .content(Files.readAllBytes(sample)), user)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return JSON.readTree(result.getResponse().getContentAsByteArray()).path("audit").path("evaluationId").asString();
    }

    /** HTTP Basic as the user, or its bearer token ("officer (token)"). */
    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        if (user.endsWith(TOKEN)) {
            return request.header("Authorization", "Bearer " + tokenOf(user.substring(0, user.length() - TOKEN.length())));
        }
        return request.with(httpBasic(user, PASSWORD));
    }

    private static final String TOKEN = " (token)";
    private static final String NO_ROLE = "(token without a role)";
    private static final String EXPIRED = "(expired token)";

    /** The request of an endpoint, and the status each user gets (without credentials: 401). */
    private record Endpoint(String name, java.util.function.Supplier<MockHttpServletRequestBuilder> request,
            Map<String, Integer> status) {
    }

    private static Map<String, Integer> statuses(int officer, int meridian, int harbor, int auditor, int admin) {
        return Map.of("officer", officer, "meridian", meridian, "harbor", harbor, "auditor", auditor, "admin", admin);
    }

    private List<Endpoint> endpoints() throws Exception {
        byte[] sample01 = Files.readAllBytes(SAMPLE_01);
        Map<String, Integer> everyone = statuses(200, 200, 200, 200, 200);
        // Meridian's evaluation: Harbor (another organization) is told it does not exist
        Map<String, Integer> meridiansEvaluation = statuses(200, 200, 404, 200, 200);
        return List.of(
                // Harbor may submit, but not Meridian's submission (422, refused, nothing recorded)
                new Endpoint("POST /evaluations", () -> post("/api/v1/evaluations?asOf=2026-03-01")
                        .contentType("application/yaml").content(sample01), statuses(201, 201, 422, 403, 201)),
                new Endpoint("GET /evaluations", () -> get("/api/v1/evaluations"), everyone),
                new Endpoint("GET /evaluations/{id}", () -> get("/api/v1/evaluations/" + meridianEvaluation),
                        meridiansEvaluation),
                new Endpoint("GET /evaluations/{id}/report", () -> get("/api/v1/evaluations/" + meridianEvaluation
                        + "/report"), meridiansEvaluation),
                new Endpoint("GET /rules", () -> get("/api/v1/rules"), everyone),
                new Endpoint("GET /rules/{id}", () -> get("/api/v1/rules/CTIP-PLAN-06"), everyone),
                new Endpoint("GET /schema/submission", () -> get("/api/v1/schema/submission"), everyone),
                new Endpoint("GET /audit/verify", () -> get("/api/v1/audit/verify"), statuses(403, 403, 403, 200, 200)),
                new Endpoint("GET /audit/export", () -> get("/api/v1/audit/export?format=jsonl"),
                        statuses(403, 403, 403, 200, 200)),
                new Endpoint("POST /evaluations/{id}/replay", () -> post("/api/v1/evaluations/" + meridianEvaluation
                        + "/replay"), statuses(403, 403, 403, 200, 200)),
                // as a job (Prefer: respond-async): Harbor's job is accepted, and fails with the same 422 problem
                new Endpoint("POST /evaluations (job)", () -> post("/api/v1/evaluations?asOf=2026-03-01")
                        .header("Prefer", "respond-async").contentType("application/yaml").content(sample01),
                        statuses(202, 202, 202, 403, 202)),
                new Endpoint("GET /jobs/{id}", () -> get("/api/v1/jobs/" + meridianJob), meridiansEvaluation),
                // the job has ended: nothing to cancel (409) for those who may cancel it
                new Endpoint("DELETE /jobs/{id}", () -> delete("/api/v1/jobs/" + meridianJob),
                        statuses(409, 409, 404, 403, 409)),
                new Endpoint("GET /webhooks/deliveries", () -> get("/api/v1/webhooks/deliveries"),
                        statuses(403, 403, 403, 403, 200)),
                new Endpoint("GET /webhooks/deliveries/{id}", () -> get("/api/v1/webhooks/deliveries/no-such-delivery"),
                        statuses(403, 403, 403, 403, 404)),
                new Endpoint("POST /webhooks/deliveries/{id}/redeliver", () -> post(
                        "/api/v1/webhooks/deliveries/no-such-delivery/redeliver"), statuses(403, 403, 403, 403, 404)));
    }

    Stream<Arguments> matrix() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String user : List.of("officer", "meridian", "harbor", "auditor", "admin")) {
                cases.add(Arguments.of(endpoint.name(), user, endpoint));
                cases.add(Arguments.of(endpoint.name(), user + TOKEN, endpoint));
            }
            for (String nobody : List.of("(nobody)", NO_ROLE, EXPIRED)) {
                cases.add(Arguments.of(endpoint.name(), nobody, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItMayAndNothingElse(String name, String user, Endpoint endpoint) throws Exception {
        MockHttpServletRequestBuilder request = endpoint.request().get();
        TestIssuer issuer = TestIssuer.shared();
        switch (user) {
            case "(nobody)" -> { }
            case NO_ROLE -> request.header("Authorization", "Bearer " + issuer.token("stranger",
                    List.of("offline_access", "uma_authorization"), null));
            case EXPIRED -> request.header("Authorization", "Bearer " + issuer.expired("officer", "CONTRACTING_OFFICER"));
            default -> request = as(request, user);
        }
        var response = mvc.perform(request).andReturn().getResponse();

        int expected = user.equals(NO_ROLE) ? 403 : endpoint.status().getOrDefault(user.replace(TOKEN, ""), 401);
        assertThat(response.getStatus()).as(name + " as " + user + ": " + response.getContentAsString())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
        }
        if (response.getStatus() == 202) {
            awaitEnd(response.getHeader("Location"), user);
        }
    }

    Stream<Arguments> crossOrganization() {
        return Stream.of(Arguments.of("meridian", true, false), Arguments.of("harbor", false, true),
                Arguments.of("meridian" + TOKEN, true, false), Arguments.of("harbor" + TOKEN, false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crossOrganization")
    void anImplementerSeesOnlyItsOwnOrganizationsEvaluations(String user, boolean seesMeridian, boolean seesHarbor)
            throws Exception {
        for (Map.Entry<String, Boolean> evaluation : Map.of(meridianEvaluation, seesMeridian, harborEvaluation,
                seesHarbor).entrySet()) {
            for (String path : List.of("", "/report", "/report?format=pdf")) {
                var response = mvc.perform(as(get("/api/v1/evaluations/" + evaluation.getKey() + path), user))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(user + " " + path).isEqualTo(evaluation.getValue() ? 200 : 404);
            }
        }
        JsonNode listed = JSON.readTree(mvc.perform(as(get("/api/v1/evaluations?size=100"), user))
                .andReturn().getResponse().getContentAsByteArray());
        List<String> ids = new ArrayList<>();
        listed.path("items").forEach(item -> ids.add(item.path("evaluationId").asString()));
        assertThat(ids.contains(meridianEvaluation)).isEqualTo(seesMeridian);
        assertThat(ids.contains(harborEvaluation)).isEqualTo(seesHarbor);
        assertThat(listed.path("total").asLong()).isEqualTo(ids.size());
    }

    /**
     * Replay is for auditors: an implementer gets the same 403 for its own organization's evaluation, another's and
     * one that does not exist, so the answer discloses nothing; an auditor is told an unknown one does not exist.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("crossOrganization")
    void anImplementersReplayIsRefusedAlikeForEveryEvaluation(String user, boolean ignored, boolean ignoredToo)
            throws Exception {
        java.util.Set<String> answers = new java.util.HashSet<>();
        for (String id : List.of(meridianEvaluation, harborEvaluation, "no-such-evaluation")) {
            var response = mvc.perform(as(post("/api/v1/evaluations/" + id + "/replay"), user))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(user + " replays " + id).isEqualTo(403);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            answers.add(response.getContentAsString().replace(id, "{id}"));
        }
        assertThat(answers).as("the same answer whatever the evaluation").hasSize(1);
        var unknown = mvc.perform(post("/api/v1/evaluations/no-such-evaluation/replay")
                .with(httpBasic("auditor", PASSWORD))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
    }

    /** The export is every organization's: an implementer cannot export at all, not even its own records. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("crossOrganization")
    void anImplementerCannotExportAnyOrganizationsRecords(String user, boolean ignored, boolean ignoredToo)
            throws Exception {
        for (String query : List.of("format=csv", "format=jsonl&organization=Meridian", "format=csv&organization=Harbor")) {
            var response = mvc.perform(as(get("/api/v1/audit/export?" + query), user)).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(user + " " + query).isEqualTo(403);
        }
    }

    @org.junit.jupiter.api.Test
    void anImplementerCannotSubmitAnotherOrganizationsSubmissionAndNothingIsRecorded() throws Exception {
        long before = total("officer");
        var response = mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(Files.readAllBytes(SAMPLE_02)).with(httpBasic("meridian", PASSWORD))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.path("errors").get(0).path("pointer").asString()).isEqualTo("/organization/uei");
        assertThat(total("officer")).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void theActorAndRoleRecordedAreTheAuthenticatedUsersNotTheRequests() throws Exception {
        JsonNode shown = JSON.readTree(mvc.perform(get("/api/v1/evaluations/" + meridianEvaluation)
                .with(httpBasic("auditor", PASSWORD))).andReturn().getResponse().getContentAsByteArray());

        assertThat(shown.path("actor").asString()).isEqualTo("officer");
        assertThat(shown.path("role").asString()).isEqualTo("contracting-officer");
        assertThat(shown.path("organizationUei").asString()).isEqualTo(UEI_01);
    }

    @org.junit.jupiter.api.Test
    void theActorAndRoleOfATokenAreItsClaimsNotTheRequests() throws Exception {
        String token = TestIssuer.shared().token("kim.officer@agency.example", "CONTRACTING_OFFICER", null);
        var submitted = mvc.perform(post("/api/v1/evaluations?asOf=2026-03-01&actor=someone-else")
                .contentType("application/yaml").content(Files.readAllBytes(SAMPLE_01))
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);

        JsonNode shown = JSON.readTree(mvc.perform(as(get(submitted.getHeader("Location")), "auditor" + TOKEN))
                .andReturn().getResponse().getContentAsByteArray());

        assertThat(shown.path("actor").asString()).isEqualTo("kim.officer@agency.example");
        assertThat(shown.path("role").asString()).isEqualTo("contracting-officer");
    }

    @org.junit.jupiter.api.Test
    void anImplementerTokenCannotSubmitAnotherOrganizationsSubmission() throws Exception {
        long before = total("officer");
        var response = mvc.perform(as(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(Files.readAllBytes(SAMPLE_02)), "meridian" + TOKEN)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(total("officer")).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        var response = mvc.perform(get("/api/v1/rules").with(httpBasic("admin", "wrong"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    private long total(String user) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/evaluations").with(httpBasic(user, PASSWORD))).andReturn()
                .getResponse().getContentAsByteArray()).path("total").asLong();
    }
}
