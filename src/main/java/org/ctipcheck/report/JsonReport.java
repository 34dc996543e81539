package org.ctipcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;

/**
 * The JSON report's shape, version {@value #VERSION}. Fields are only ever added; renaming or removing one
 * is a new report version. Documented in docs/report-format.md.
 */
@JsonPropertyOrder({"reportVersion", "tool", "generatedAt", "evaluationDate", "submission", "ruleset", "determination",
        "planRequired", "summary", "checklist", "findings", "ruleHits", "referenceLists", "supplyChain", "audit"})
public record JsonReport(
        String reportVersion,
        EvaluationReport.ToolInfo tool,
        String generatedAt,
        String evaluationDate,
        EvaluationReport.SubmissionInfo submission,
        EvaluationReport.RulesetInfo ruleset,
        String determination,
        PlanRequired planRequired,
        Summary summary,
        List<ChecklistItem> checklist,
        List<Finding> findings,
        List<RuleHit> ruleHits,
        List<SupplyChainSection.ListInfo> referenceLists,
        @JsonInclude(JsonInclude.Include.NON_NULL) SupplyChainSection supplyChain,
        EvaluationReport.AuditInfo audit) {

    public static final String VERSION = "1";

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlanRequired(Boolean required, String decision, String reason, String clauseEdition,
            BigDecimal threshold, BigDecimal coveredValue, String ruleId, Confidence confidence) {
    }

    public record Summary(Map<Severity, Long> findingsBySeverity, long needsReview, Map<Status, Long> checklistByStatus) {
    }

    public static JsonReport of(EvaluationReport report) {
        EvaluationResult result = report.result();
        PlanDecision decision = result.planDecision();
        return new JsonReport(VERSION, report.tool(), report.generatedAt().toString(),
                result.evaluationDate().toString(), report.submission(), report.ruleset(),
                result.determination().name(),
                new PlanRequired(decision.required(), decision.outcome().name(), decision.reason(),
                        decision.clauseEdition(), decision.threshold(), decision.coveredValue(), decision.ruleId(),
                        decision.confidence()),
                summary(result), result.checklist(), result.findings(), result.ruleHits(),
                report.referenceListsUsed().stream()
                        .map(list -> SupplyChainSection.ListInfo.of(list, result.evaluationDate())).toList(),
                report.supplyChain() == null ? null
                        : SupplyChainSection.of(report.supplyChain(), result.evaluationDate()),
                report.audit());
    }

    /** The report this JSON was written from, for re-rendering a saved result without evaluating again. */
    public EvaluationReport toEvaluationReport() {
        PlanDecision decision = new PlanDecision(PlanDecision.Outcome.valueOf(planRequired.decision()),
                planRequired.reason(), planRequired.clauseEdition(), planRequired.threshold(),
                planRequired.coveredValue(), planRequired.ruleId(), planRequired.confidence());
        EvaluationResult result = new EvaluationResult(java.time.LocalDate.parse(evaluationDate),
                org.ctipcheck.findings.Determination.valueOf(determination), decision,
                checklist == null ? List.of() : checklist, findings == null ? List.of() : findings,
                ruleHits == null ? List.of() : ruleHits);
        return new EvaluationReport(tool, java.time.Instant.parse(generatedAt), submission, ruleset, result,
                referenceLists == null ? List.of()
                        : referenceLists.stream().map(SupplyChainSection.ListInfo::toEdition).toList(),
                supplyChain == null ? null : supplyChain.toSummary(), audit);
    }

    public static Summary summary(EvaluationResult result) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, result.findings().stream()
                    .filter(f -> f.status() == Status.NOT_MET && f.severity() == severity).count());
        }
        long needsReview = result.findings().stream().filter(f -> f.status() == Status.NEEDS_REVIEW).count();
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, result.checklist().stream().filter(item -> item.status() == status).count());
        }
        return new Summary(bySeverity, needsReview, byStatus);
    }
}
