package org.ctipcheck.web.openapi;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;

/** JSON Schema 2020-12 pieces of the OpenAPI 3.1 description. */
final class Schemas {
    private Schemas() {
    }

    static Schema<Object> of(String type) {
        Schema<Object> schema = new JsonSchema();
        schema.setTypes(Set.of(type));
        return schema;
    }

    static Schema<Object> ref(String component) {
        Schema<Object> schema = new JsonSchema();
        schema.set$ref("#/components/schemas/" + component);
        return schema;
    }

    /** RFC 9457 problem details, with the members the service adds. */
    static Schema<Object> problem() {
        Schema<Object> error = of("object").description("One problem of the submission")
                .addProperty("pointer", of("string").description("JSON Pointer to the value at fault"))
                .addProperty("line", of("integer").description("line in the body, from 1"))
                .addProperty("column", of("integer").description("column in the body, from 1"))
                .addProperty("detail", of("string").description("what is wrong, in the submitter's terms"));
        Schema<Object> problem = of("object").description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", of("string").description("the kind of problem: urn:ctip-check:problem:…, or"
                        + " about:blank when the status says it all"))
                .addProperty("title", of("string").description("the kind of problem, in words"))
                .addProperty("status", of("integer").description("the HTTP status"))
                .addProperty("detail", of("string").description("what went wrong with this request"))
                .addProperty("instance", of("string"))
                .addProperty("parameter", of("string").description("400: the parameter or header at fault"))
                .addProperty("rule", of("string").description("500: the rule that failed"))
                .addProperty("limit", of("string").description("413: the setting whose limit was passed"))
                .addProperty("allowed", of("string").description("413: the size the setting allows, e.g. 50MB"))
                .addProperty("maxBytes", of("integer").description("413: the same, in bytes"))
                .addProperty("retryAfterSeconds", of("integer").description("429, 503: as Retry-After"))
                .addProperty("errors", of("array").items(error).description("422: every problem of the submission"));
        problem.setRequired(java.util.List.of("type", "title", "status", "detail"));
        return problem;
    }
}
