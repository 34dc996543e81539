package org.ctipcheck.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to the service on its real port, as a client on this machine sends them. */
final class LoopbackClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    LoopbackClient(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + ServiceTestBase.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    /** A request with {@code Authorization: Bearer token}. */
    HttpRequest.Builder bearer(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization",
                "Bearer " + token);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    /** How many evaluations the log holds (as the contracting officer sees them: all). */
    long recorded() throws Exception {
        return json(send(request("/api/v1/evaluations", "officer"))).path("total").asLong();
    }
}
