package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Standard Webhooks from the service to real receivers on loopback (a JDK HttpServer), which check each signature
 * on their own (HMAC-SHA256 over "id.timestamp.body" with the secret they were given, computed here with
 * javax.crypto, not with the library the service signs with). /flaky answers 500 to a message's first two
 * attempts, then 200; /wrong holds another secret than the service's and answers 401 to a signature it cannot
 * verify; /evaluations takes evaluation.recorded; port {@link #closedPort} refuses connections.
 */
@SpringBootTest(classes = CtipService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhooksTest {
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("webhook secret, 32 bytes long..".getBytes(StandardCharsets.UTF_8));
    static final String OTHER_SECRET = "whsec_" + Base64.getEncoder().encodeToString("another secret of 32 bytes long".getBytes(StandardCharsets.UTF_8));
    static final Receiver RECEIVER = new Receiver();
    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    static final int closedPort = RefusingPort.port();
    @LocalServerPort
    int port;
    LoopbackClient client;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("ctip.audit.dir", () -> ServiceTestBase.HOME.resolve("audit-webhooks").toString());
        registry.add("ctip.security.users-file", () -> ServiceTestBase.HOME.resolve("users.yaml").toString());
        String base = "http://127.0.0.1:" + RECEIVER.port();
        registry.add("ctip.webhooks.endpoints[0].url", () -> base + "/flaky");
        registry.add("ctip.webhooks.endpoints[0].secret", () -> SECRET);
        registry.add("ctip.webhooks.endpoints[1].url", () -> base + "/wrong");
        registry.add("ctip.webhooks.endpoints[1].secret", () -> SECRET);
        registry.add("ctip.webhooks.endpoints[2].url", () -> base + "/evaluations");
        registry.add("ctip.webhooks.endpoints[2].secret", () -> SECRET);
        registry.add("ctip.webhooks.endpoints[2].events", () -> "evaluation.recorded");
        registry.add("ctip.webhooks.endpoints[3].url", () -> "http://127.0.0.1:" + closedPort + "/refused");
        registry.add("ctip.webhooks.endpoints[3].secret", () -> SECRET);
        registry.add("ctip.webhooks.max-attempts", () -> "4");
        registry.add("ctip.webhooks.initial-backoff", () -> "100ms");
    }

    @BeforeEach
    void connect() {
        client = new LoopbackClient(port);
    }

    /** A job that ended, by Prefer: respond-async; its id. */
    private String finishedJob() throws Exception {
        HttpResponse<byte[]> accepted = client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Prefer", "respond-async").header("Content-Type", "application/yaml")
                .POST(BodyPublishers.ofByteArray(Files.readAllBytes(ServiceTestBase.SAMPLE_01))));
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = AsyncTestSupport.poll(client, accepted.headers().firstValue("Location").orElseThrow(), "officer",
                AsyncTestSupport::ended, Duration.ofSeconds(120));
        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        return job.path("id").asString();
    }

    private JsonNode delivery(String url, String jobId, java.util.function.Predicate<JsonNode> until) throws Exception {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(120).toNanos(); // a deadlock guard, not a timing
        while (true) {
            JsonNode page = LoopbackClient.json(client.send(client.request("/api/v1/webhooks/deliveries?size=100", "admin")));
            for (JsonNode line : page.path("items")) {
                if (line.path("url").asString().endsWith(url)) {
                    JsonNode detail = LoopbackClient.json(client.send(client.request(line.path("links").path("self")
                            .asString(), "admin")));
                    if (detail.toString().contains(jobId) || jobId == null) {
                        if (until.test(detail) || System.nanoTime() > giveUpAt) {
                            return detail;
                        }
                    }
                }
            }
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("no delivery to " + url + " for " + jobId + ": " + page);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aJobThatEndedIsDeliveredSignedAndRetriedAfterTwo500sThreeAttemptsLogged() throws Exception {
        String jobId = finishedJob();

        JsonNode delivery = delivery("/flaky", jobId, d -> d.path("status").asString().equals("SUCCEEDED"));

        assertThat(delivery.path("status").asString()).as(delivery.toString()).isEqualTo("SUCCEEDED");
        assertThat(delivery.path("event").asString()).isEqualTo("job.succeeded");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("lastResponseCode").asInt()).isEqualTo(200);
        List<Integer> codes = new ArrayList<>();
        delivery.path("attemptLog").forEach(attempt -> codes.add(attempt.path("responseCode").asInt()));
        assertThat(codes).containsExactly(500, 500, 200);
        List<Received> received = RECEIVER.messages(delivery.path("messageId").asString());
        assertThat(received).hasSize(3).allSatisfy(message -> assertThat(message.verified()).isTrue());
        JsonNode body = received.get(2).json();
        assertThat(body.path("type").asString()).isEqualTo("job.succeeded");
        assertThat(body.path("data").path("id").asString()).isEqualTo(jobId);
        assertThat(body.path("data").path("links").path("result").asString()).startsWith("/api/v1/evaluations/");

        // redelivery: the same message (webhook-id, body) once more, a fourth attempt logged
        HttpResponse<byte[]> redeliver = client.send(client.request(delivery.path("links").path("redeliver").asString(),
                "admin").POST(BodyPublishers.noBody()));
        assertThat(redeliver.statusCode()).isEqualTo(202);
        JsonNode again = delivery("/flaky", jobId, d -> d.path("attempts").asInt() == 4
                && d.path("status").asString().equals("SUCCEEDED"));
        assertThat(again.path("attempts").asInt()).isEqualTo(4);
        List<Received> all = RECEIVER.messages(delivery.path("messageId").asString());
        assertThat(all).hasSize(4);
        assertThat(all.get(3).body()).isEqualTo(all.get(0).body());
        assertThat(all.get(3).verified()).isTrue();
    }

    @Test
    void aReceiverWithAnotherSecretCannotVerifyTheSignatureAndIts401IsNotRetried() throws Exception {
        String jobId = finishedJob();

        JsonNode delivery = delivery("/wrong", jobId, d -> d.path("status").asString().equals("FAILED"));

        assertThat(delivery.path("status").asString()).isEqualTo("FAILED");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.path("lastResponseCode").asInt()).isEqualTo(401);
        List<Received> received = RECEIVER.messages(delivery.path("messageId").asString());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).verified()).isFalse();
        // the same message verifies with the secret it was signed with: the signature is right, the secret wrong
        assertThat(Receiver.verifies(received.get(0), SECRET)).isTrue();
    }

    @Test
    void aConnectionRefusedIsRetriedUpToMaxAttemptsThenFailed() throws Exception {
        String jobId = finishedJob();

        JsonNode delivery = delivery("/refused", jobId, d -> d.path("status").asString().equals("FAILED"));

        assertThat(delivery.path("status").asString()).isEqualTo("FAILED");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(4);
        assertThat(delivery.has("lastResponseCode")).isFalse();
        assertThat(delivery.path("lastError").asString()).isNotBlank();
    }

    @Test
    void eachRecordedEvaluationIsAnnouncedToTheEndpointsThatAskForIt() throws Exception {
        HttpResponse<byte[]> created = client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Content-Type", "application/yaml")
                .POST(BodyPublishers.ofByteArray(Files.readAllBytes(ServiceTestBase.SAMPLE_01))));
        assertThat(created.statusCode()).isEqualTo(201);
        String evaluationId = LoopbackClient.json(created).path("audit").path("evaluationId").asString();

        JsonNode delivery = delivery("/evaluations", evaluationId, d -> d.path("status").asString().equals("SUCCEEDED"));

        assertThat(delivery.path("event").asString()).isEqualTo("evaluation.recorded");
        Received message = RECEIVER.messages(delivery.path("messageId").asString()).get(0);
        assertThat(message.verified()).isTrue();
        assertThat(message.json().path("data").path("evaluationId").asString())
                .isEqualTo(evaluationId);
    }

    /** A message as a receiver got it: its path, headers and body, and whether the receiver verified it. */
    record Received(String path, String id, String timestamp, String signature, String body, boolean verified) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** The receivers on one loopback port. */
    static final class Receiver {
        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::handle);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        List<Received> messages(String id) {
            return received.stream().filter(message -> message.id().equals(id)).toList();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            var headers = exchange.getRequestHeaders();
            Received message = new Received(path, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, false);
            // /wrong was given another secret than the service signs with
            boolean verified = verifies(message, path.equals("/wrong") ? OTHER_SECRET : SECRET);
            received.add(new Received(path, message.id(), message.timestamp(), message.signature(), body, verified));
            int status = !verified ? 401 : path.equals("/flaky")
                    && attempts.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet() <= 2 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        }

        /** The Standard Webhooks check, written out: v1, base64 HMAC-SHA256 of "id.timestamp.body", recent timestamp. */
        static boolean verifies(Received message, String secret) {
            try {
                if (message.id() == null || message.timestamp() == null || message.signature() == null
                        || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(message.timestamp())) > 300) {
                    return false;
                }
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((message.id() + "."
                        + message.timestamp() + "." + message.body()).getBytes(StandardCharsets.UTF_8)));
                for (String signature : message.signature().split(" ")) {
                    if (java.security.MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                            expected.getBytes(StandardCharsets.UTF_8))) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        }
    }

}
