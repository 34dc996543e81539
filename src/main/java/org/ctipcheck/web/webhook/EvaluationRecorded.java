package org.ctipcheck.web.webhook;

import java.util.Map;

/** An evaluation recorded through the service (the {@code evaluation.recorded} event's data). */
public record EvaluationRecorded(String evaluationId, String determination, String actor, String role,
        Map<String, String> links) {

    public static EvaluationRecorded of(String evaluationId, String determination, String actor, String role) {
        String self = "/api/v1/evaluations/" + evaluationId;
        return new EvaluationRecorded(evaluationId, determination, actor, role, Map.of("self", self, "report",
                self + "/report"));
    }
}
