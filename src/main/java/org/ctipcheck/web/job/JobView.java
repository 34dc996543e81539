package org.ctipcheck.web.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctipcheck.audit.ServiceJobTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job as {@code GET /api/v1/jobs/{id}} shows it: its state, rows read so far, rows per second and the estimated
 * seconds left (from the share of the file read), the evaluation it recorded ({@code result}) once it succeeded,
 * and the problem detail of a failed one ({@code error}). {@code report} is the JSON report of a job that succeeded
 * on a service that does not record (there is no evaluation to link to).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(String id, JobState state, String submittedBy, String organization, String submittedAt,
        String startedAt, String finishedAt, long rowsRead, long bytesRead, long totalBytes, Double rowsPerSecond,
        Long etaSeconds, String result, String determination, Map<String, Object> error, JsonNode report,
        Map<String, String> links) {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static String self(String id) {
        return "/api/v1/jobs/" + id;
    }

    static JobView of(Job job, Instant now) {
        JobResult result = job.result();
        String evaluation = result == null || result.evaluationId() == null ? null
                : "/api/v1/evaluations/" + result.evaluationId();
        JsonNode report = result == null || result.unrecordedReport() == null ? null
                : JSON.readTree(result.unrecordedReport());
        return new JobView(job.id(), job.state(), job.submittedBy(), job.organization(), text(job.submittedAt()),
                text(job.startedAt()), text(job.finishedAt()), job.rowsRead(), job.bytesRead(), job.totalBytes(),
                Math.round(job.rowsPerSecond(now) * 10) / 10.0, job.etaSeconds(now), evaluation,
                result == null ? null : result.determination(), job.error(), report, links(job.id(), job.state(), evaluation));
    }

    /** A job only the store knows (this service did not run it: it ran before a restart, or on another host). */
    @SuppressWarnings("unchecked")
    static JobView of(ServiceJobTable.Row row) {
        JobState state = JobState.valueOf(row.state());
        String evaluation = row.evaluationId() == null ? null : "/api/v1/evaluations/" + row.evaluationId();
        Map<String, Object> error = row.errorProblem() == null ? null : JSON.readValue(row.errorProblem(), Map.class);
        return new JobView(row.jobId(), state, row.submittedBy(), row.organization(), row.submittedAt(),
                row.startedAt(), row.finishedAt(), row.rowsRead(), 0, row.totalBytes(), null, null, evaluation, null,
                error, null, links(row.jobId(), state, evaluation));
    }

    private static Map<String, String> links(String id, JobState state, String evaluation) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self(id));
        if (!state.ended()) {
            links.put("cancel", self(id));
        }
        if (evaluation != null) {
            links.put("result", evaluation);
            links.put("report", evaluation + "/report");
        }
        return links;
    }

    static ServiceJobTable.Row row(Job job) {
        JobResult result = job.result();
        return new ServiceJobTable.Row(job.id(), job.submittedBy(), job.organization(), job.state().name(),
                text(job.submittedAt()), text(job.startedAt()), text(job.finishedAt()), job.rowsRead(), job.totalBytes(),
                result == null ? null : result.evaluationId(),
                job.error() == null ? null : JSON.writeValueAsString(job.error()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
