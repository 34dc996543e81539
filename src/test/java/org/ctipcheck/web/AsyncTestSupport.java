package org.ctipcheck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.ctipcheck.supplychain.AttestationGenerator;
import tools.jackson.databind.JsonNode;

/** Uploads with an attestation file, and polling a job, as a client of the job endpoints does. */
final class AsyncTestSupport {
    private static final Path FILES = temporaryFolder();

    private AsyncTestSupport() {
    }

    /** A seeded synthetic attestation of {@code rows} suppliers in a file (written once per size and JVM). */
    static synchronized Path attestation(int rows) {
        Path file = FILES.resolve("suppliers-" + rows + ".csv");
        if (!Files.exists(file)) {
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new AttestationGenerator(42, 0).write(writer, rows, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** A multipart POST of {@code submission} (YAML) and {@code attestation} (CSV), streamed from the file. */
    static HttpRequest.Builder upload(HttpRequest.Builder request, Path submission, Path attestation)
            throws IOException {
        String boundary = "ctip-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"submission\"; filename=\"bid.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + Files.readString(submission) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"attestation\"; filename=\"suppliers.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(attestation), HttpRequest.BodyPublishers.ofString(tail)));
    }

    /** Polls the job until {@code until} holds (every 20 ms, up to {@code limit}); the last view of it. */
    static JsonNode poll(LoopbackClient client, String location, String user, Predicate<JsonNode> until,
            Duration limit) throws Exception {
        long giveUpAt = System.nanoTime() + limit.toNanos();
        while (true) {
            HttpResponse<byte[]> response = client.send(client.request(location, user));
            JsonNode job = LoopbackClient.json(response);
            if (until.test(job) || System.nanoTime() > giveUpAt) {
                return job;
            }
            Thread.sleep(20);
        }
    }

    static boolean ended(JsonNode job) {
        return java.util.Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(job.path("state").asString());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ctip-attestations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
