package org.ctipcheck.workflow.camunda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.workflow.RetryPolicy;
import org.ctipcheck.workflow.WorkflowCheckStep;
import org.ctipcheck.workflow.WorkflowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Camunda 8 job worker on the real Camunda Java client, against WireMock stubs of the Orchestration Cluster REST
 * API (job activation, completion, failure, error): no Camunda engine can run here (no container runtime, and
 * Camunda 8 Self-Managed needs a licence for production use), so the engine's side is stubbed and the requests the
 * client sends are checked.
 */
class CamundaJobWorkerTest {
    static final long JOB_KEY = 2251799813685249L;
    static final String JOB = "/v2/jobs/" + JOB_KEY;

    @TempDir
    Path folder;
    WorkflowFixture fixture;
    WireMockServer cluster;
    CamundaClient client;

    @BeforeEach
    void start() {
        fixture = new WorkflowFixture(folder);
        cluster = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        cluster.start();
        for (String outcome : List.of("completion", "failure", "error")) {
            cluster.stubFor(post(urlPathEqualTo(JOB + "/" + outcome)).willReturn(aResponse().withStatus(204)));
        }
        client = CamundaClient.newClientBuilder().applyEnvironmentVariableOverrides(false)
                .restAddress(URI.create(cluster.baseUrl())).preferRestOverGrpc(true)
                .defaultJobPollInterval(Duration.ofMillis(100)).build();
    }

    @AfterEach
    void stop() {
        client.close();
        cluster.stop();
    }

    private void activates(Map<String, Object> variables, int retries) {
        Map<String, Object> job = Map.ofEntries(Map.entry("jobKey", String.valueOf(JOB_KEY)),
                Map.entry("type", "ctip-check"), Map.entry("processInstanceKey", "2251799813685240"),
                Map.entry("processDefinitionId", "preAwardCtipReview"), Map.entry("processDefinitionVersion", 1),
                Map.entry("processDefinitionKey", "2251799813685230"), Map.entry("elementId", "checkPlan"),
                Map.entry("elementInstanceKey", "2251799813685245"), Map.entry("customHeaders", Map.of()),
                Map.entry("worker", "ctip-check"), Map.entry("retries", retries),
                Map.entry("deadline", System.currentTimeMillis() + 300_000), Map.entry("variables", variables),
                Map.entry("tenantId", "<default>"), Map.entry("kind", "BPMN_ELEMENT"),
                Map.entry("listenerEventType", "UNSPECIFIED"), Map.entry("tags", List.of()));
        cluster.stubFor(post(urlPathEqualTo("/v2/jobs/activation")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(JsonMapper.shared().writeValueAsString(Map.of("jobs", List.of(job))))));
    }

    private static Map<String, Object> plan(String sample) {
        return Map.of("ctipSubmission", WorkflowFixture.sample(sample), "ctipEvaluationDate", WorkflowFixture.EVALUATION_DATE);
    }

    private ActivatedJob activate() {
        return client.newActivateJobsCommand().jobType(CtipCheckJobHandler.JOB_TYPE).maxJobsToActivate(1).send().join()
                .getJobs().get(0);
    }

    private CtipCheckJobHandler handler(WorkflowCheckStep step) {
        return new CtipCheckJobHandler(step, new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(10)));
    }

    private Map<?, ?> body(String outcome) {
        List<LoggedRequest> sent = cluster.findAll(postRequestedFor(urlPathEqualTo(JOB + "/" + outcome)));
        assertThat(sent).as(outcome + " requests").isNotEmpty();
        return JsonMapper.shared().readValue(sent.get(sent.size() - 1).getBodyAsString(), Map.class);
    }

    @Test
    void anOpenWorkerPollsChecksAndCompletesTheJobWithTheVariables() throws Exception {
        activates(plan("02-housing-without-housing-plan"), 3);

        try (JobWorker worker = handler(fixture.step()).open(client, Duration.ofMinutes(5))) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !cluster.findAll(postRequestedFor(urlPathEqualTo(JOB + "/completion"))).isEmpty());
        }

        cluster.verify(postRequestedFor(urlPathEqualTo("/v2/jobs/activation"))
                .withRequestBody(matchingJsonPath("$.type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("ctip-check"))));
        Map<?, ?> variables = (Map<?, ?>) body("completion").get("variables");
        assertThat(variables.get("ctipDetermination")).isEqualTo("NON_COMPLIANT");
        assertThat(variables.get("ctipPlanRequired")).isEqualTo(true);
        assertThat(variables.get("ctipBlockerCount")).isEqualTo(1);
        assertThat(variables.get("ctipEvaluationId")).isEqualTo(fixture.records().get(0).evaluationId());
        assertThat((String) variables.get("ctipFindings")).contains("CTIP-PLAN-06.no-housing-plan");
    }

    @Test
    void anInvalidSubmissionThrowsTheBpmnErrorWithTheProblems() {
        activates(Map.of("ctipSubmission", "organization: [1, 2]\n"), 3);

        handler(fixture.step()).handle(client, activate());

        Map<?, ?> error = body("error");
        assertThat(error.get("errorCode")).isEqualTo("CTIP_INVALID_SUBMISSION");
        assertThat((String) ((Map<?, ?>) error.get("variables")).get("ctipProblems")).contains("/organization");
        assertThat(cluster.findAll(postRequestedFor(urlPathEqualTo(JOB + "/completion")))).isEmpty();
        assertThat(fixture.records()).isEmpty();
    }

    @Test
    void aWrongProcessVariableIsAnInvalidInputError() {
        activates(Map.of("ctipSubmission", WorkflowFixture.sample("01-compliant-overseas-services"),
                "ctipEvaluationDate", "1 March 2026"), 3);

        handler(fixture.step()).handle(client, activate());

        assertThat(body("error").get("errorCode")).isEqualTo("CTIP_INVALID_INPUT");
        assertThat((String) body("error").get("errorMessage"))
                .isEqualTo("process variable ctipEvaluationDate: '1 March 2026' is not a date (yyyy-mm-dd)");
    }

    @Test
    void aFailureFailsTheJobWithOneRetryFewerAndABackoff() {
        ComplianceCheck unreachable = new ComplianceCheck(TestRules.ruleset(), () -> {
            throw new AuditException("the audit database is not reachable");
        }, Runnable::run, java.time.Clock.systemUTC());
        activates(plan("01-compliant-overseas-services"), 2);

        handler(new WorkflowCheckStep(unreachable, null, null, null)).handle(client, activate());

        cluster.verify(postRequestedFor(urlPathEqualTo(JOB + "/failure")).withRequestBody(equalToJson(
                "{\"retries\": 1, \"retryBackOff\": 20000,"
                        + " \"errorMessage\": \"ctip-check: the audit database is not reachable\"}", true, true)));
    }

    @Test
    void aJobRetriedAfterItsCompletionFailedIsNotRecordedTwice() {
        cluster.stubFor(post(urlPathEqualTo(JOB + "/completion")).inScenario("cluster").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("back"));
        cluster.stubFor(post(urlPathEqualTo(JOB + "/completion")).inScenario("cluster").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(204)));
        activates(plan("01-compliant-overseas-services"), 3);
        CtipCheckJobHandler handler = handler(fixture.step());

        handler.handle(client, activate());
        assertThat(body("failure").get("retries")).isEqualTo(2);
        activates(plan("01-compliant-overseas-services"), 2);
        handler.handle(client, activate());

        assertThat(cluster.findAll(postRequestedFor(urlPathEqualTo(JOB + "/completion")))).hasSize(2);
        Map<?, ?> variables = (Map<?, ?>) body("completion").get("variables");
        assertThat(variables.get("ctipReplayed")).isEqualTo(true);
        assertThat(fixture.records()).singleElement()
                .satisfies(record -> assertThat(record.evaluationId()).isEqualTo(variables.get("ctipEvaluationId")));
    }
}
