package org.ctipcheck.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation endpoints' bodies: the submission as JSON, YAML or an upload, and the report in each format, with
 * sample 01 (samples/01-compliant-overseas-services) as the request example and its report as the response
 * example. Both are kept in the jar (ctip/openapi/); OpenApiDescriptionTest checks them against the sample and a
 * live evaluation, and rewrites them with -Dopenapi.update=true.
 */
final class EvaluationExamples {
    static final String SUBMISSION = "ctip/openapi/sample-01-submission.json";
    static final String REPORT = "ctip/openapi/sample-01-report.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvaluationExamples() {
    }

    static void apply(OpenAPI api) {
        api.getComponents().addSchemas("Submission", Schemas.of("object").description("A submission: the award,"
                + " organization, compliance plan, certifications and practices; its JSON Schema is GET"
                + " /api/v1/schema/submission (ctip schema)"));
        api.getComponents().addSchemas("Report", Schemas.of("object").description("The findings report as recorded:"
                + " determination, findings with their citations and remediation, ruleset and submission SHA-256,"
                + " the audit stamp"));
        PathItem evaluations = api.getPaths().get("/api/v1/evaluations");
        if (evaluations != null && evaluations.getPost() != null) {
            submission(evaluations.getPost());
        }
        PathItem report = api.getPaths().get("/api/v1/evaluations/{id}/report");
        if (report != null && report.getGet() != null) {
            report(report.getGet());
        }
    }

    private static void submission(Operation post) {
        Map<String, Object> sample = read(SUBMISSION);
        RequestBody body = post.getRequestBody() == null ? new RequestBody() : post.getRequestBody();
        Content content = new Content()
                .addMediaType("application/json", new MediaType().schema(Schemas.ref("Submission")).example(sample))
                .addMediaType("application/yaml", new MediaType().schema(Schemas.ref("Submission")).example(sample));
        if (body.getContent() != null && body.getContent().get("multipart/form-data") != null) {
            MediaType upload = body.getContent().get("multipart/form-data");
            upload.getSchema().setDescription("`submission`: the submission (JSON or YAML); `attestation` (optional):"
                    + " the supply-chain attestation, CSV or JSON Lines (*.jsonl), screened with it");
            content.addMediaType("multipart/form-data", upload);
        }
        post.setRequestBody(body.required(true).content(content).description("The submission: JSON, YAML"
                + " (application/yaml, application/x-yaml or text/yaml), or an upload with an attestation"));
        ApiResponses responses = post.getResponses() == null ? new ApiResponses() : post.getResponses();
        responses.remove("200");
        responses.addApiResponse("201", reportResponse("Evaluated and recorded: the JSON report exactly as recorded",
                true));
        responses.addApiResponse("200", reportResponse("The Idempotency-Key was used before: the first evaluation's"
                + " report and its Location, nothing recorded (`Idempotent-Replayed: true`). Or recording is off"
                + " (ctip serve --no-audit): the report, without an audit stamp, Location or Idempotent-Replayed,"
                + " since nothing was created that could be read back (201 would need a resource to point to)",
                false));
        post.setResponses(responses);
    }

    private static ApiResponse reportResponse(String description, boolean created) {
        ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(
                "application/json", new MediaType().schema(Schemas.ref("Report")).example(read(REPORT))));
        response.addHeaderObject("Ctip-Determination", header("The determination, e.g. COMPLIANT"));
        response.addHeaderObject("Ctip-Fails", header("true when a finding is at or above failOn"));
        response.addHeaderObject("Location", header(created ? "The recorded evaluation, /api/v1/evaluations/{id}"
                : "The first evaluation, /api/v1/evaluations/{id}; absent when recording is off"));
        response.addHeaderObject("Idempotent-Replayed", header(created ? "false" : "true when the key was used before"));
        return response;
    }

    private static Header header(String description) {
        return new Header().description(description).schema(Schemas.of("string"));
    }

    private static void report(Operation get) {
        Content content = new Content()
                .addMediaType("application/json", new MediaType().schema(Schemas.ref("Report")).example(read(REPORT)));
        for (String type : List.of("application/pdf", "text/html", "text/csv", "application/oscal+json", "text/plain")) {
            content.addMediaType(type, new MediaType().schema(Schemas.of("string")));
        }
        ApiResponses responses = get.getResponses() == null ? new ApiResponses() : get.getResponses();
        responses.addApiResponse("200", new ApiResponse().description("The report: JSON as recorded, or rendered"
                + " from it with the audit stamp (PDF, HTML, CSV, OSCAL assessment results, text)").content(content));
        get.setResponses(responses);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String resource) {
        try (InputStream in = EvaluationExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
