package org.ctipcheck.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job resource (org.ctipcheck.web.job.JobView) as one schema, {@code Job}: the 202 of {@code POST /evaluations}
 * (a large attestation, or {@code Prefer: respond-async}) with its Location and an example, and the job endpoints'
 * answers. Replaces the schema springdoc derives from the record, whose members it cannot describe.
 */
final class JobDescription {
    static final String EXAMPLE_ID = "3f1c2b9a-7d4e-4c1a-9b8f-2e6d5a4c3b21";

    private JobDescription() {
    }

    static void apply(OpenAPI api) {
        api.getComponents().addSchemas("Job", schema());
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().remove("JobView");
        }
        PathItem evaluations = api.getPaths().get("/api/v1/evaluations");
        if (evaluations != null && evaluations.getPost() != null) {
            evaluations.getPost().getResponses().addApiResponse("202", accepted());
        }
        PathItem job = api.getPaths().get("/api/v1/jobs/{id}");
        if (job != null) {
            for (Operation operation : java.util.Arrays.asList(job.getGet(), job.getDelete())) {
                if (operation != null && operation.getResponses() != null) {
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("2")) {
                            response.setContent(jobContent());
                        } else if (status.startsWith("4")) { // 404, 409: a problem, not the job springdoc assumed
                            response.setContent(new Content().addMediaType(ProblemResponses.PROBLEM_JSON,
                                    new MediaType().schema(Schemas.ref("Problem"))));
                        }
                    });
                }
            }
        }
    }

    private static ApiResponse accepted() {
        ApiResponse response = new ApiResponse().description("Accepted: the evaluation runs as a job (an attestation"
                + " over ctip.jobs.threshold-rows or threshold-size, or `Prefer: respond-async`). Poll `Location`"
                + " (GET /api/v1/jobs/{id}) until `state` is SUCCEEDED (`result` links the recorded evaluation),"
                + " FAILED (`error` is the problem) or CANCELLED; nothing is recorded unless it succeeds.")
                .content(jobContent());
        response.addHeaderObject("Location", new Header().description("The job: /api/v1/jobs/{id}")
                .schema(Schemas.of("string")));
        response.addHeaderObject("Preference-Applied", new Header().description("`respond-async` (RFC 7240)")
                .schema(Schemas.of("string")));
        return response;
    }

    private static Content jobContent() {
        return new Content().addMediaType("application/json", new MediaType().schema(Schemas.ref("Job"))
                .example(example()));
    }

    static Map<String, Object> example() {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("id", EXAMPLE_ID);
        job.put("state", "QUEUED");
        job.put("submittedBy", "officer");
        job.put("submittedAt", "2026-03-01T10:15:30.120Z");
        job.put("rowsRead", 0);
        job.put("bytesRead", 0);
        job.put("totalBytes", 38411234);
        job.put("rowsPerSecond", 0.0);
        job.put("links", Map.of("self", "/api/v1/jobs/" + EXAMPLE_ID, "cancel", "/api/v1/jobs/" + EXAMPLE_ID));
        return job;
    }

    private static Schema<Object> schema() {
        Schema<Object> state = Schemas.of("string").description("QUEUED, RUNNING, then SUCCEEDED, FAILED or"
                + " CANCELLED");
        state.setEnum(List.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"));
        Schema<Object> links = Schemas.of("object").description("`self`; `cancel` until it ends; `result` and"
                + " `report` once it succeeded on a service that records")
                .addProperty("self", Schemas.of("string")).addProperty("cancel", Schemas.of("string"))
                .addProperty("result", Schemas.of("string")).addProperty("report", Schemas.of("string"));
        Schema<Object> job = Schemas.of("object").description("A large evaluation running in the background")
                .addProperty("id", Schemas.of("string").description("the job's id"))
                .addProperty("state", state)
                .addProperty("submittedBy", Schemas.of("string").description("the user who submitted it"))
                .addProperty("organization", Schemas.of("string").description("an implementer's UEI"))
                .addProperty("submittedAt", Schemas.of("string").format("date-time"))
                .addProperty("startedAt", Schemas.of("string").format("date-time").description("absent until a job"
                        + " thread takes it (a job cancelled while queued never has one)"))
                .addProperty("finishedAt", Schemas.of("string").format("date-time"))
                .addProperty("rowsRead", Schemas.of("integer").description("attestation rows screened so far"))
                .addProperty("bytesRead", Schemas.of("integer"))
                .addProperty("totalBytes", Schemas.of("integer").description("the attestation's size"))
                .addProperty("rowsPerSecond", Schemas.of("number"))
                .addProperty("etaSeconds", Schemas.of("integer").description("seconds left at the rate so far,"
                        + " while running"))
                .addProperty("result", Schemas.of("string").description("the recorded evaluation, once SUCCEEDED"))
                .addProperty("determination", Schemas.of("string").description("once SUCCEEDED, e.g. COMPLIANT"))
                .addProperty("error", Schemas.ref("Problem").description("why it FAILED"))
                .addProperty("report", Schemas.ref("Report").description("the JSON report of a job that succeeded"
                        + " on a service that does not record"))
                .addProperty("links", links);
        job.setRequired(List.of("id", "state", "submittedBy", "submittedAt", "rowsRead", "links"));
        return job;
    }
}
