package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The service's OpenAPI 3.1 description (issue 15, item 5): every endpoint of /api is in it with a summary, every
 * operation names its problem+json responses, POST /evaluations reads JSON, YAML and uploads, and the examples are
 * sample 01 and its report as the service answers them today. Written to target/openapi.json, which .ci/run lints
 * with @redocly/cli (src/openapi/redocly.yaml). -Dopenapi.update=true rewrites the examples from the sample.
 */
class OpenApiDescriptionTest extends ServiceTestBase {
    static final Path WRITTEN = Path.of("target/openapi.json");
    static final Path EXAMPLES = Path.of("src/main/resources/ctip/openapi");
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDescriptionIsCompleteAndWrittenForTheLint() throws Exception {
        LoopbackClient client = new LoopbackClient(port);
        JsonNode sample = YAMLMapper.builder().build().readTree(Files.readAllBytes(SAMPLE_01));
        HttpResponse<byte[]> live = client.send(client.request("/api/v1/evaluations?asOf=2026-03-01", "officer")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(PRETTY.writeValueAsBytes(sample))));
        assertThat(live.statusCode()).isEqualTo(201);
        if (Boolean.getBoolean("openapi.update")) {
            write(sample, "sample-01-submission.json");
            write(LoopbackClient.json(live), "sample-01-report.json");
        }

        HttpResponse<byte[]> response = client.send(client.request("/v3/api-docs", null));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode spec = LoopbackClient.json(response);
        Files.createDirectories(WRITTEN.getParent());
        PRETTY.writeValue(WRITTEN.toFile(), spec);

        assertThat(spec.path("openapi").asString()).startsWith("3.1");
        assertThat(operations(spec)).containsAll(handledOperations());
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            assertThat(operation.getValue().path("summary").asString()).as(name).isNotBlank();
            for (String status : List.of("401", "403", "406", "500")) {
                assertThat(problemContent(spec, operation.getValue().path("responses").path(status)))
                        .as(name + " " + status).isTrue();
            }
        }));
        JsonNode post = spec.path("paths").path("/api/v1/evaluations").path("post");
        assertThat(post.path("requestBody").path("content").propertyNames())
                .containsExactlyInAnyOrder("application/json", "application/yaml", "multipart/form-data");
        for (String status : List.of("400", "404", "413", "415", "422", "503")) {
            assertThat(problemContent(spec, post.path("responses").path(status))).as("POST " + status).isTrue();
        }
        assertThat(problemContent(spec, spec.path("paths").path("/api/v1/evaluations/{id}").path("get")
                .path("responses").path("404"))).isTrue();

        // 202: the evaluation runs as a job; its Location, the job resource's schema and an example
        JsonNode accepted = post.path("responses").path("202");
        assertThat(accepted.path("headers").propertyNames()).contains("Location", "Preference-Applied");
        assertThat(accepted.path("content").path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Job");
        assertThat(accepted.path("content").path("application/json").path("example").path("state").asString())
                .isEqualTo("QUEUED");
        assertThat(spec.path("components").path("schemas").path("Job").path("properties").propertyNames())
                .contains("state", "startedAt", "rowsRead", "rowsPerSecond", "etaSeconds", "result", "error", "links");
        assertThat(spec.path("paths").path("/api/v1/jobs/{id}").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Job");
        assertThat(response.body().length).isPositive();
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("schemas/JobView");
        // with recording off the answer is 200 without Location: said where a client reads it
        assertThat(post.path("responses").path("200").path("description").asString()).contains("recording is off")
                .contains("without an audit stamp, Location");

        // the examples are sample 01 and its report: same submission, same determination and findings, same fields
        assertThat(post.path("requestBody").path("content").path("application/json").path("example")).isEqualTo(sample);
        JsonNode example = post.path("responses").path("201").path("content").path("application/json").path("example");
        JsonNode report = LoopbackClient.json(live);
        assertThat(example.propertyNames()).containsExactlyElementsOf(report.propertyNames());
        assertThat(example.path("determination")).isEqualTo(report.path("determination"));
        assertThat(example.path("findings").findValuesAsString("ruleId"))
                .isEqualTo(report.path("findings").findValuesAsString("ruleId"));
    }

    private static void write(JsonNode example, String name) throws Exception {
        PRETTY.writeValue(EXAMPLES.resolve(name).toFile(), example);
        // the running service reads it from the classpath: target/classes
        Files.copy(EXAMPLES.resolve(name), Path.of("target/classes/ctip/openapi").resolve(name),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether the response (or the component it refers to) is application/problem+json with the Problem schema. */
    private static boolean problemContent(JsonNode spec, JsonNode response) {
        JsonNode resolved = response;
        if (response.has("$ref")) {
            resolved = spec.path("components").path("responses").path(response.path("$ref").asString()
                    .substring("#/components/responses/".length()));
        }
        return resolved.path("content").path("application/problem+json").path("schema").path("$ref").asString()
                .equals("#/components/schemas/Problem");
    }

    private static List<String> operations(JsonNode spec) {
        List<String> operations = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** Every method and path the service's controllers answer under /api. */
    private List<String> handledOperations() {
        List<String> handled = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/")).forEach(pattern -> info.getMethodsCondition()
                        .getMethods().forEach(method -> handled.add(method.name() + " " + pattern))));
        assertThat(handled).isNotEmpty();
        return handled;
    }
}
