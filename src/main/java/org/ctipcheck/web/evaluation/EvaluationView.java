package org.ctipcheck.web.evaluation;

import java.util.Map;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditSummary;
import org.ctipcheck.check.RecordedEvaluations;
import tools.jackson.databind.JsonNode;

/** How the service shows recorded evaluations: one in full ({@link Detail}), or a line of a listing ({@link Line}). */
final class EvaluationView {
    private EvaluationView() {
    }

    static String self(String evaluationId) {
        return "/api/v1/evaluations/" + evaluationId;
    }

    /** A line of {@code GET /evaluations}. */
    record Line(String evaluationId, long sequence, String recordedAt, String actor, String role, String organization,
            String awardId, String determination, int findingCount, String rulesetSha256, String submissionSha256,
            Map<String, String> links) {

        static Line of(AuditSummary summary) {
            return new Line(summary.evaluationId(), summary.sequence(), summary.recordedAt(), summary.actor(),
                    summary.role(), summary.organization(), summary.awardId(), summary.determination(),
                    summary.findingCount(), summary.rulesetFingerprint(), summary.submissionSha256(),
                    Map.of("self", self(summary.evaluationId()), "report", self(summary.evaluationId()) + "/report"));
        }
    }

    /** {@code GET /evaluations/{id}}: the record, its findings and the SHA-256 of each report it issued. */
    record Detail(String evaluationId, long sequence, String recordedAt, String actor, String role, String organization,
            String organizationUei, String awardId, String source, String evaluationDate, String determination,
            JsonNode findings, int ruleHitCount, String rulesetSha256, String submissionSha256,
            Map<String, String> reportSha256, String previousHash, String contentHash, Map<String, String> links) {

        static Detail of(AuditRecord record) {
            return new Detail(record.evaluationId(), record.sequence(), record.recordedAt(), record.actor(), record.role(),
                    record.organization(), RecordedEvaluations.organizationUei(record), record.awardId(),
                    record.source(), record.evaluationDate(), record.determination(), record.findings(),
                    record.ruleHits().size(), record.rulesetFingerprint(), record.submissionSha256(),
                    record.reportHashes(), record.previousHash(), record.contentHash(),
                    Map.of("self", self(record.evaluationId()), "report", self(record.evaluationId()) + "/report"));
        }
    }

    /** One page of {@code GET /evaluations}; {@code page} counts from 0. */
    record PageView(java.util.List<Line> items, int page, int size, long total) {
        static PageView of(RecordedEvaluations.Page page) {
            return new PageView(page.items().stream().map(Line::of).toList(), page.page(), page.size(), page.total());
        }
    }
}
