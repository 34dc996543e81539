package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.ServiceJobTable;
import org.ctipcheck.web.job.JobGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service stopped while jobs run, started the way {@code ctip serve} starts it (its own Spring application on
 * a real port), and started again on the same audit log: within the grace a running job finishes and is SUCCEEDED;
 * past it, the job fails "stopped by shutdown" with nothing recorded; a job a killed service left RUNNING in the
 * store is FAILED (interrupted) after a restart. Also the slow-client and multipart-part limits (ctip.limits.*).
 */
class JobShutdownTest {
    private final List<CtipService.Running> started = new ArrayList<>();
    private final Path dir = temporary();

    private CtipService.Running start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ctip.audit.dir=" + dir.resolve("audit"),
                "--ctip.security.users-file=" + ServiceTestBase.HOME.resolve("users.yaml"),
                "--ctip.limits.max-attestation-size=200MB", "--ctip.limits.max-request-size=210MB",
                "--ctip.jobs.threshold-rows=1000", "--spring.main.sources=" + JobGate.class.getName()));
        args.addAll(List.of(extra));
        CtipService.Running running = CtipService.start(args.toArray(String[]::new));
        started.add(running);
        return running;
    }

    @AfterEach
    void stopAll() {
        JobGate.open();
        started.forEach(CtipService.Running::stop);
    }

    private static String runningJob(LoopbackClient client, int rows) throws Exception {
        HttpResponse<byte[]> accepted = client.send(AsyncTestSupport.upload(client.request(
                "/api/v1/evaluations?asOf=2026-03-01", "officer"), ServiceTestBase.SAMPLE_01,
                AsyncTestSupport.attestation(rows)));
        assertThat(accepted.statusCode()).as(new String(accepted.body(), StandardCharsets.UTF_8)).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = AsyncTestSupport.poll(client, location, "officer", j -> j.path("rowsRead").asLong() > 0
                || AsyncTestSupport.ended(j), Duration.ofSeconds(120));
        assertThat(job.path("state").asString()).isEqualTo("RUNNING");
        return location;
    }

    @Test
    void aJobStillRunningWhenTheGraceEndsFailsStoppedByShutdownAndNothingIsRecorded() throws Exception {
        CtipService.Running service = start("--ctip.jobs.shutdown-grace=0s");
        LoopbackClient client = new LoopbackClient(service.port());
        long recordedBefore = client.recorded();
        JobGate.close(); // the job is held after its first chunk: still running when the service stops
        String location = runningJob(client, JobsTest.LONG_ROWS);

        service.stop(); // the grace is 0: the job is asked to stop at once, and stops at its next chunk

        LoopbackClient again = new LoopbackClient(start().port());
        JsonNode job = LoopbackClient.json(again.send(again.request(location, "officer")));
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.path("error").path("detail").asString()).startsWith("stopped by shutdown");
        assertThat(job.has("result")).isFalse();
        assertThat(job.path("rowsRead").asLong()).isLessThan(JobsTest.LONG_ROWS);
        assertThat(again.recorded()).isEqualTo(recordedBefore);
    }

    @Test
    void aJobThatFinishesWithinTheGraceSucceedsWhileTheServiceStops() throws Exception {
        CtipService.Running service = start("--ctip.jobs.shutdown-grace=60s");
        LoopbackClient client = new LoopbackClient(service.port());
        String location = runningJob(client, 60_000);

        service.stop(); // returns when the job has finished

        LoopbackClient again = new LoopbackClient(start().port());
        JsonNode job = LoopbackClient.json(again.send(again.request(location, "officer")));
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(again.send(again.request(job.path("result").asString(), "officer")).statusCode()).isEqualTo(200);
    }

    @Test
    void aJobAKilledServiceLeftRunningIsReportedFailedAfterARestart() throws Exception {
        AuditLocation location = AuditLocation.embedded(dir.resolve("audit"));
        try (AuditStore store = AuditStore.open(location)) {
            store.serviceJobs().save(new ServiceJobTable.Row("0b9e6d1c-5a7e-4f0e-9a55-1f1f6f0e0001", "officer", null,
                    "RUNNING", "2026-12-03T10:00:00Z", "2026-12-03T10:00:01Z", null, 12_000, 2_000_000, null, null));
        }

        LoopbackClient client = new LoopbackClient(start().port());
        JsonNode job = LoopbackClient.json(client.send(client.request("/api/v1/jobs/0b9e6d1c-5a7e-4f0e-9a55-1f1f6f0e0001",
                "officer")));

        assertThat(job.path("state").asString()).isEqualTo("FAILED");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(12_000);
        assertThat(job.path("error").path("title").asString()).isEqualTo("Job interrupted");
        assertThat(job.path("finishedAt").asString()).isNotBlank();
    }

    @Test
    void aClientThatStopsSendingIsDisconnectedAfterTheConnectionTimeout() throws Exception {
        CtipService.Running service = start("--ctip.limits.connection-timeout=1s");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n").getBytes(StandardCharsets.US_ASCII)); // headers never finished
            out.flush();
            long sent = System.nanoTime();
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // whatever the server says before it closes
            }
            // not before the 1 s setting; well before the 20 s default (a loaded machine may close it late)
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isBetween(Duration.ofMillis(800), Duration.ofSeconds(15));
        }
    }

    @Test
    void aMultipartBodyWithMorePartsThanTheLimitIs413() throws Exception {
        CtipService.Running service = start("--ctip.limits.max-parts=3");
        LoopbackClient client = new LoopbackClient(service.port());
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"extra").append(i).append("\"\r\n\r\nx\r\n");
        }
        body.append("--b--\r\n");

        HttpResponse<byte[]> response = client.send(client.request("/api/v1/evaluations", "officer")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())));

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(LoopbackClient.json(response).path("detail").asString()).contains("ctip.limits.max-parts");
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("ctip-shutdown-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
