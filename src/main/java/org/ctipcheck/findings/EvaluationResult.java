package org.ctipcheck.findings;

import java.time.LocalDate;
import java.util.List;

/** Everything an evaluation concluded about one submission under one ruleset. */
public record EvaluationResult(
        LocalDate evaluationDate,
        Determination determination,
        PlanDecision planDecision,
        List<ChecklistItem> checklist,
        List<Finding> findings,
        List<RuleHit> ruleHits) {

    public EvaluationResult {
        checklist = List.copyOf(checklist);
        findings = List.copyOf(findings);
        ruleHits = List.copyOf(ruleHits);
    }

    public EvaluationResult withDetermination(Determination changed) {
        return new EvaluationResult(evaluationDate, changed, planDecision, checklist, findings, ruleHits);
    }

    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
