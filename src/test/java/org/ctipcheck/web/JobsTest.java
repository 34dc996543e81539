package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.ctipcheck.web.job.JobGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Large supply chains as background jobs, on the real port (issue 15, "Large supply chains"): 202 with the job's
 * Location, polled to SUCCEEDED with the recorded evaluation linked; cancelled while running (stops promptly,
 * nothing recorded) or queued; the owner limit (429) and the queue limit (503), both with Retry-After; another
 * organization's job is 404; a refused submission fails its job with the problem detail. One job thread, a queue of
 * one, two jobs per owner, and the job threshold at 1,000 rows. A job that must still be running when the test acts
 * is held by the {@link JobGate} (closed for that test), not raced against the clock.
 */
@SpringBootTest(classes = CtipService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(JobGate.class)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class JobsTest {
    static final java.nio.file.Path SAMPLE_01 = ServiceTestBase.SAMPLE_01;
    static final String UEI_01 = ServiceTestBase.UEI_01;
    /**
     * Many chunks of the screen (512 rows each), so that a job held by the {@link JobGate} after its first chunk has
     * read part of it; small enough to write and upload quickly.
     */
    static final int LONG_ROWS = 20_000;
    @LocalServerPort
    int port;
    LoopbackClient client;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @DynamicPropertySource
    static void jobSettings(DynamicPropertyRegistry registry) {
        registry.add("ctip.audit.dir", () -> ServiceTestBase.HOME.resolve("audit-jobs").toString());
        registry.add("ctip.security.users-file", () -> ServiceTestBase.HOME.resolve("users.yaml").toString());
        registry.add("ctip.limits.max-attestation-size", () -> "200MB");
        registry.add("ctip.limits.max-request-size", () -> "210MB");
        registry.add("ctip.jobs.threshold-rows", () -> "1000");
        registry.add("ctip.jobs.threads", () -> "1");
        registry.add("ctip.jobs.queue-capacity", () -> "1");
        registry.add("ctip.jobs.max-per-owner", () -> "2");
        registry.add("ctip.jobs.retry-after", () -> "7s");
    }

    @BeforeEach
    void connect() {
        client = new LoopbackClient(port);
    }

    @AfterEach
    void letJobsGo() {
        JobGate.open();
    }

    private HttpResponse<byte[]> upload(String user, int rows) throws Exception {
        return client.send(AsyncTestSupport.upload(client.request("/api/v1/evaluations?asOf=2026-03-01", user),
                SAMPLE_01, AsyncTestSupport.attestation(rows)));
    }

    private JsonNode untilEnded(String location, String user) throws Exception {
        return AsyncTestSupport.poll(client, location, user, AsyncTestSupport::ended, Duration.ofSeconds(120));
    }

    @Test
    void anAttestationOverTheRowThresholdRunsAsAJobWhoseResultIsTheRecordedEvaluation() throws Exception {
        HttpResponse<byte[]> accepted = upload("meridian", 1_001);

        assertThat(accepted.statusCode()).as(new String(accepted.body(), StandardCharsets.UTF_8)).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/jobs/");
        assertThat(LoopbackClient.json(accepted).path("state").asString()).isIn("QUEUED", "RUNNING", "SUCCEEDED");
        JsonNode job = untilEnded(location, "meridian");
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(1_001);
        assertThat(job.path("rowsPerSecond").asDouble()).isPositive();
        assertThat(job.path("determination").asString()).isEqualTo("COMPLIANT");
        String result = job.path("result").asString();
        assertThat(result).startsWith("/api/v1/evaluations/");
        JsonNode evaluation = LoopbackClient.json(client.send(client.request(result, "meridian")));
        assertThat(evaluation.path("organizationUei").asString()).isEqualTo(UEI_01);
        assertThat(evaluation.path("actor").asString()).isEqualTo("meridian");
        JsonNode report = LoopbackClient.json(client.send(client.request(result + "/report", "meridian")));
        assertThat(report.path("supplyChain").path("rowsRead").asLong()).isEqualTo(1_001);
    }

    @Test
    void anAttestationAtTheThresholdIsEvaluatedAtOnce() throws Exception {
        HttpResponse<byte[]> response = upload("meridian", 1_000);

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aRunningJobCancelledStopsAtItsNextChunkAndRecordsNothing() throws Exception {
        long recordedBefore = client.recorded();
        JobGate.close(); // held after its first chunk: still running when it is cancelled
        HttpResponse<byte[]> accepted = upload("officer", LONG_ROWS);
        assertThat(accepted.statusCode()).as(new String(accepted.body(), StandardCharsets.UTF_8)).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode running = AsyncTestSupport.poll(client, location, "officer",
                job -> job.path("rowsRead").asLong() > 0 || AsyncTestSupport.ended(job), Duration.ofSeconds(120));
        assertThat(running.path("state").asString()).as(running.toString()).isEqualTo("RUNNING");
        assertThat(running.path("totalBytes").asLong()).isPositive();

        HttpResponse<byte[]> cancel = client.send(client.request(location, "officer").DELETE());
        assertThat(cancel.statusCode()).isIn(200, 202);
        JsonNode job = untilEnded(location, "officer");

        assertThat(job.path("state").asString()).isEqualTo("CANCELLED");
        assertThat(job.path("startedAt").asString()).isNotBlank();
        assertThat(job.path("rowsRead").asLong()).isLessThan(LONG_ROWS);
        assertThat(job.has("result")).isFalse();
        assertThat(client.recorded()).isEqualTo(recordedBefore);
        // cancelling again changes nothing
        assertThat(client.send(client.request(location, "officer").DELETE()).statusCode()).isEqualTo(200);
    }

    @Test
    void theOwnerLimitIs429AndAFullQueue503BothWithRetryAfterAndAQueuedJobIsCancelledAtOnce() throws Exception {
        JobGate.close(); // the first job holds the only job thread until it is cancelled
        String first = upload("officer", LONG_ROWS).headers().firstValue("Location").orElseThrow();
        JsonNode running = AsyncTestSupport.poll(client, first, "officer",
                job -> job.path("rowsRead").asLong() > 0 || AsyncTestSupport.ended(job), Duration.ofSeconds(120));
        assertThat(running.path("state").asString()).as(running.toString()).isEqualTo("RUNNING");
        HttpResponse<byte[]> second = upload("officer", 2_000);
        assertThat(second.statusCode()).isEqualTo(202);
        String queued = second.headers().firstValue("Location").orElseThrow();

        HttpResponse<byte[]> third = upload("officer", 2_000);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(third.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(LoopbackClient.json(third).path("detail").asString()).contains("user officer has 2 jobs");
        theWebPagesCheckIsRefusedWithAPageSayingWhenToTryAgain();

        HttpResponse<byte[]> fromAnother = upload("admin", 2_000);
        assertThat(fromAnother.statusCode()).isEqualTo(503);
        assertThat(fromAnother.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(LoopbackClient.json(fromAnother).path("type").asString()).isEqualTo("urn:ctip-check:problem:jobs-busy");

        HttpResponse<byte[]> cancelQueued = client.send(client.request(queued, "officer").DELETE());
        assertThat(cancelQueued.statusCode()).isEqualTo(200);
        assertThat(LoopbackClient.json(cancelQueued).path("state").asString()).isEqualTo("CANCELLED");
        assertThat(LoopbackClient.json(cancelQueued).path("startedAt").isMissingNode()).as("it never started").isTrue();
        client.send(client.request(first, "officer").DELETE());
        assertThat(untilEnded(first, "officer").path("state").asString()).isEqualTo("CANCELLED");
    }

    /** The same owner limit met from the web page's check (an upload with an attestation runs as a job): a page. */
    private void theWebPagesCheckIsRefusedWithAPageSayingWhenToTryAgain() throws Exception {
        WebPageCheck.assertRefusedPage(WebPageCheck.submit(mvc, "officer", SAMPLE_01, AsyncTestSupport.attestation(2_000)),
                429, "Too many checks running", 7, "user officer has 2 jobs");
    }

    @Test
    void anotherOrganizationsJobIsNotFoundAndAnAuditorMayNotCancel() throws Exception {
        String location = client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "meridian")
                .header("Prefer", "respond-async").header("Content-Type", "application/yaml")
                .POST(BodyPublishers.ofByteArray(Files.readAllBytes(SAMPLE_01))))
                .headers().firstValue("Location").orElseThrow();
        assertThat(untilEnded(location, "meridian").path("state").asString()).isEqualTo("SUCCEEDED");

        HttpResponse<byte[]> harbor = client.send(client.request(location, "harbor"));
        assertThat(harbor.statusCode()).isEqualTo(404);
        assertThat(harbor.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(client.send(client.request(location, "harbor").DELETE()).statusCode()).isEqualTo(404);
        assertThat(client.send(client.request(location, "officer")).statusCode()).isEqualTo(200);
        assertThat(client.send(client.request(location, "auditor")).statusCode()).isEqualTo(200);
        assertThat(client.send(client.request(location, "auditor").DELETE()).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> ended = client.send(client.request(location, "meridian").DELETE());
        assertThat(ended.statusCode()).isEqualTo(409);
        assertThat(client.send(client.request("/api/v1/jobs/" + UUID.randomUUID(), "officer")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRefusedSubmissionFailsItsJobWithTheProblemDetailAndRecordsNothing() throws Exception {
        long recordedBefore = client.recorded();
        HttpResponse<byte[]> accepted = client.send(client.request("/api/v1/evaluations", "officer")
                .header("Prefer", "respond-async").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"organization\": {}}")));
        assertThat(accepted.statusCode()).isEqualTo(202);

        JsonNode job = untilEnded(accepted.headers().firstValue("Location").orElseThrow(), "officer");

        assertThat(job.path("state").asString()).isEqualTo("FAILED");
        assertThat(job.path("error").path("status").asInt()).isEqualTo(422);
        assertThat(job.path("error").path("errors").size()).isPositive();
        assertThat(client.recorded()).isEqualTo(recordedBefore);
    }
}
