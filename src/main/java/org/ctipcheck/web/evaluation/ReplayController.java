package org.ctipcheck.web.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import org.ctipcheck.check.FindingChange;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.web.problem.BadParameter;
import org.ctipcheck.web.problem.NotFound;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/evaluations/{id}/replay} (auditors and admins): {@code ctip audit replay} over HTTP. The
 * recorded submission is evaluated again as of its recorded date, with the archived rules ({@code rules=archived},
 * the default) or the rules the service runs today ({@code rules=current}), after the whole chain and the archived
 * rules' fingerprint are verified: a log or archive that was altered is a problem naming it, and nothing of it is
 * compiled or run. Nothing is recorded. A POST: it evaluates (and may compile), which a GET should not.
 */
@RestController
class ReplayController {
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private final RecordedEvaluations recorded;
    private final Ruleset ruleset;
    private final RulesetLoader archivedRulesLoader;

    ReplayController(RecordedEvaluations recorded, Ruleset ruleset, RulesetLoader archivedRulesLoader) {
        this.recorded = recorded;
        this.ruleset = ruleset;
        this.archivedRulesLoader = archivedRulesLoader;
    }

    /**
     * A replay: {@code identical} when the determination and every finding are the same; else {@code changes}
     * lists each finding that is NEW, RESOLVED or CHANGED, counted in {@code newFindings}, ...
     */
    record Replay(String evaluationId, long sequence, String recordedAt, String evaluationDate, String rules,
            String rulesetSha256, String recordedRulesetSha256, String recordedDetermination,
            String replayedDetermination, boolean identical, int findingsRecorded, long newFindings,
            long resolvedFindings, long changedFindings, List<FindingChange> changes) {

        static Replay of(RecordedEvaluations.Replayed replayed) {
            var record = replayed.record();
            var result = replayed.result();
            return new Replay(record.evaluationId(), record.sequence(), record.recordedAt(), record.evaluationDate(),
                    replayed.currentRules() ? "current" : "archived", result.rulesetFingerprint(),
                    record.rulesetFingerprint(), result.recordedDetermination(), result.replayedDetermination(),
                    result.identical(), record.findings().size(), count(result.changes(), FindingChange.Kind.NEW),
                    count(result.changes(), FindingChange.Kind.RESOLVED), count(result.changes(), FindingChange.Kind.CHANGED),
                    result.changes());
        }

        private static long count(List<FindingChange> changes, FindingChange.Kind kind) {
            return changes.stream().filter(change -> change.kind() == kind).count();
        }
    }

    @Operation(summary = "Replay a recorded evaluation",
            description = "Re-evaluates the recorded submission as of its recorded evaluation date with the archived"
                    + " rules (default) or the current rules, after verifying the audit log and the archived rules'"
                    + " fingerprint, and lists every finding that differs. Nothing is recorded.")
    @ApiResponse(responseCode = "200", description = "The replay (read identical and changes)")
    @ApiResponse(responseCode = "400", description = "rules is neither archived nor current",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an auditor or admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such evaluation (or the service does not record)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The audit log or the archived rules were altered: nothing replayed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "500", description = "A rule failed while replaying",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The audit log cannot be read",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/v1/evaluations/{id}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    Replay replay(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id,
            @Parameter(description = "archived (default) or current") @RequestParam(defaultValue = "archived")
            String rules) {
        boolean current = switch (rules.strip().toLowerCase(Locale.ROOT)) {
            case "archived" -> false;
            case "current" -> true;
            default -> throw new BadParameter("rules", "rules '" + rules + "' is not archived or current");
        };
        return recorded.replay(id, user.organizationScope(), current, ruleset, archivedRulesLoader).map(Replay::of)
                .orElseThrow(() -> new NotFound("no evaluation " + id));
    }
}
