package org.ctipcheck.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completes the OpenAPI 3.1 description springdoc generates from the controllers (/v3/api-docs): both ways to
 * authenticate, every problem+json response where it applies (by rule below, so that a new endpoint gets them
 * too), the parameters described, and examples from sample 01 ({@link EvaluationExamples}). Summaries and tags
 * are the controllers' own {@code @Operation} and {@code @Tag}. Linted by .ci/run with @redocly/cli.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("asOf", "The evaluation date (yyyy-mm-dd); default today"),
            Map.entry("notifyWithin", "Days allowed to notify the contracting officer (0 or more); default 1"),
            Map.entry("failOn", "The severity at or above which `Ctip-Fails` is true: BLOCKER, MAJOR (default), MINOR"
                    + " or INFO"),
            Map.entry("Idempotency-Key", "The caller's own retry key: the same key again answers the first"
                    + " evaluation (200, `Idempotent-Replayed: true`) and records nothing"),
            Map.entry("Prefer", "`respond-async`: evaluate as a job (202 and the job's Location) even when the"
                    + " attestation is under the job thresholds"),
            Map.entry("organization", "Only evaluations whose organization's name contains this text (any case), as ctip audit list"),
            Map.entry("rule", "Only evaluations where this rule fired"),
            Map.entry("since", "Only evaluations recorded on or after this date (yyyy-mm-dd)"),
            Map.entry("until", "Only evaluations recorded on or before this date (yyyy-mm-dd)"),
            Map.entry("determination", "Only evaluations with this determination, e.g. NON_COMPLIANT"),
            Map.entry("page", "The page, counted from 0"),
            Map.entry("size", "Evaluations per page, 1 to 100"),
            Map.entry("format", "The report's format: pdf, html, csv, oscal, json or text (else chosen by Accept)"),
            Map.entry("Accept", "The report's media type, when format= is not given"),
            Map.entry("id", "An evaluation id or record number; for /rules/{id} a rule or requirement id"));

    @Bean
    OpenApiCustomizer ctipApiDescription() {
        return ApiDescription::describe;
    }

    static void describe(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("HTTP Basic with a user of the users file (ctip serve --users FILE)"));
        components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("A JWT of the identity provider ctip.security.jwt.* names; the role"
                        + " and an implementer's UEI come from its claims"));
        api.setSecurity(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
        api.setServers(List.of(new Server().url("http://127.0.0.1:8080").description("ctip serve on this machine"
                + " (default port)")));
        api.getInfo().setDescription("C-TIP compliance checks (FAR 52.222-50, 52.222-56) over HTTP; README, section"
                + " `ctip serve`. Every error is RFC 9457 application/problem+json, including 405 (a method a path"
                + " does not have, with `Allow`). Outside this description: `/actuator/health` (public, status only;"
                + " details for ADMIN and AUDITOR) and `/actuator/prometheus` (ADMIN).");
        ProblemResponses.register(components);
        EvaluationExamples.apply(api);
        JobDescription.apply(api);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            describeParameters(operation);
            addProblems(path, operation);
        }));
    }

    private static void describeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getDescription() == null && PARAMETERS.containsKey(parameter.getName())) {
                parameter.setDescription(PARAMETERS.get(parameter.getName()));
            }
        }
    }

    /** Which problems an operation can answer: every one 401, 403, 406, 500, 503; the rest by what it reads. */
    private static void addProblems(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        sameProblemSchema(responses);
        boolean readsTheLog = path.startsWith("/api/v1/evaluations") || path.startsWith("/api/v1/audit");
        boolean hasParameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> !"path".equals(p.getIn()));
        add(responses, ProblemResponses.UNAUTHORIZED);
        add(responses, ProblemResponses.FORBIDDEN);
        add(responses, ProblemResponses.NOT_ACCEPTABLE);
        add(responses, ProblemResponses.INTERNAL);
        if (path.contains("{") || readsTheLog) {
            add(responses, ProblemResponses.NOT_FOUND);
        }
        if (hasParameters) {
            add(responses, ProblemResponses.BAD_PARAMETER);
        }
        if (operation.getRequestBody() != null) {
            add(responses, ProblemResponses.TOO_LARGE);
            add(responses, ProblemResponses.UNSUPPORTED);
            add(responses, ProblemResponses.INVALID_SUBMISSION);
        }
        // every operation: a bearer token may not be checkable (identity provider down); the log's and the rules' too
        add(responses, ProblemResponses.UNAVAILABLE);
    }

    /**
     * A problem response an endpoint declares itself ({@code @ApiResponse} with application/problem+json) keeps its
     * description, and gets the one Problem schema of the service (the shape every error has).
     */
    private static void sameProblemSchema(ApiResponses responses) {
        responses.forEach((status, response) -> {
            if (response.getContent() != null && response.getContent().get(ProblemResponses.PROBLEM_JSON) != null) {
                response.getContent().get(ProblemResponses.PROBLEM_JSON).setSchema(Schemas.ref("Problem"));
            }
        });
    }

    private static void add(ApiResponses responses, ProblemResponses.Problem problem) {
        if (!responses.containsKey(problem.status())) {
            responses.addApiResponse(problem.status(), new ApiResponse().$ref(problem.ref()));
        }
    }
}
