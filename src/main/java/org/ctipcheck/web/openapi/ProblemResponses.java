package org.ctipcheck.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem+json responses of the API (RFC 9457) as reusable components, each with an example of what the
 * service answers: 400, 401, 403, 404, 406, 413, 415, 422, 500, 503. {@link ApiDescription} says which
 * operations each applies to.
 */
final class ProblemResponses {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE = "urn:ctip-check:problem:";

    /** By status: the component's name, its description and an example problem. */
    record Problem(String status, String name, String description, Map<String, Object> example) {
        String ref() {
            return "#/components/responses/" + name;
        }
    }

    static final Problem BAD_PARAMETER = new Problem("400", "BadParameter", "A query parameter or header cannot be used:"
            + " `parameter` names it.", problem(TYPE + "invalid-parameter", "Invalid parameter", 400,
            "asOf '2026-02-30' is not a calendar date (yyyy-mm-dd)", Map.of("parameter", "asOf")));
    static final Problem UNAUTHORIZED = new Problem("401", "Unauthorized", "No credentials, a wrong password, or a"
            + " bearer token that is expired, not yet valid, of another issuer or audience, or wrongly signed."
            + " `WWW-Authenticate` offers HTTP Basic and Bearer.", problem("about:blank", "Unauthorized", 401,
            "the bearer token was not accepted: token expired at 2026-03-01T10:15:30Z", Map.of()));
    static final Problem FORBIDDEN = new Problem("403", "Forbidden", "The caller's role may not do this (e.g. an"
            + " auditor submitting), or a valid token names no role of the service.", problem("about:blank",
            "Forbidden", 403, "your role may not do this: POST /api/v1/evaluations", Map.of()));
    static final Problem NOT_FOUND = new Problem("404", "NotFound", "No such evaluation or rule, or another"
            + " organization's evaluation (never 403, so its existence is not told), or recording is off.",
            problem("about:blank", "Not Found", 404, "no evaluation 7f3c2a9e-51b0-4f7e-9d8c-0b6a1f2e3d4c", Map.of()));
    static final Problem NOT_ACCEPTABLE = new Problem("406", "NotAcceptable", "No representation the `Accept` header"
            + " allows.", problem("about:blank", "Not Acceptable", 406,
            "No acceptable representation", Map.of()));
    static final Problem TOO_LARGE = new Problem("413", "ContentTooLarge", "The body, a part or the request is over"
            + " its limit: `limit` names the setting (ctip.limits.*), `allowed` and `maxBytes` the size it allows;"
            + " nothing was evaluated or recorded.", problem(TYPE + "too-large", "Content too large", 413,
            "the part 'attestation' is larger than the limit of 50MB for an attestation"
                    + " (ctip.limits.max-attestation-size); nothing was evaluated or recorded",
            Map.of("limit", "ctip.limits.max-attestation-size", "allowed", "50MB", "maxBytes", 52428800)));
    static final Problem UNSUPPORTED = new Problem("415", "UnsupportedMediaType", "A `Content-Type` the endpoint does"
            + " not read.", problem("about:blank", "Unsupported Media Type", 415,
            "Content-Type 'text/plain' is not supported.", Map.of()));
    static final Problem INVALID_SUBMISSION = new Problem("422", "InvalidSubmission", "The submission is not valid"
            + " (or is another organization's, for an implementer): `errors` lists each problem with its JSON"
            + " Pointer, line and column; nothing was evaluated or recorded.", problem(TYPE + "invalid-submission",
            "Invalid submission", 422, "request body is not a valid submission (1 problem); nothing was evaluated"
                    + " or recorded", Map.of("errors", List.of(Map.of("pointer", "/organization/unknownField",
                    "line", 34, "column", 5, "detail", "unknown field 'unknownField'")))));
    static final Problem INTERNAL = new Problem("500", "InternalError", "A fault of the service or its rule pack"
            + " (`rule` names a rule that failed); nothing was issued or recorded.", problem("about:blank",
            "Internal Server Error", 500, "internal error; please report it with the request you sent", Map.of()));
    static final Problem UNAVAILABLE = new Problem("503", "ServiceUnavailable", "Nothing was done, try again"
            + " (`Retry-After` says when): the audit log could not record or answer (`audit-log-unavailable`; no"
            + " report was issued), every rule thread is busy or held by rules that did not return"
            + " (`rules-busy`, ctip.rules.runner-threads), or a bearer token could not be checked because the identity"
            + " provider's keys could not be fetched (`identity-provider-unavailable`).", problem(TYPE
            + "audit-log-unavailable", "Audit log unavailable", 503, "audit log: the store is in use by another"
            + " process; no report was issued", Map.of()));

    static final List<Problem> ALL = List.of(BAD_PARAMETER, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, NOT_ACCEPTABLE,
            TOO_LARGE, UNSUPPORTED, INVALID_SUBMISSION, INTERNAL, UNAVAILABLE);

    private ProblemResponses() {
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail,
            Map<String, Object> more) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.putAll(more);
        return problem;
    }

    /** Adds the Problem schema and one response component per problem. */
    static void register(Components components) {
        components.addSchemas("Problem", Schemas.problem());
        for (Problem problem : ALL) {
            ApiResponse response = new ApiResponse().description(problem.description())
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(Schemas.ref("Problem")).example(problem.example())));
            if (problem == UNAUTHORIZED) {
                response.addHeaderObject("WWW-Authenticate", new Header().description("`Basic realm=\"ctip\"` with"
                        + " a users file; `Bearer realm=\"ctip\"` with a token issuer (`error=\"invalid_token\"` when"
                        + " a token was refused)").schema(Schemas.of("string")));
            }
            components.addResponses(problem.name(), response);
        }
    }
}
