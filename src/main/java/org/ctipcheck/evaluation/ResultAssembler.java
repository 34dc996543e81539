package org.ctipcheck.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;

/** Turns what the rules recorded into the checklist, the findings, the plan decision and the determination. */
final class ResultAssembler {
    private final Ruleset ruleset;
    private final Map<String, Requirement> requirements;

    ResultAssembler(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.requirements = ruleset.requirements().stream()
                .collect(Collectors.toMap(Requirement::id, Function.identity()));
    }

    EvaluationResult assemble(Outcomes outcomes, LocalDate evaluationDate) {
        for (RecordedOutcome outcome : outcomes.recorded()) {
            if (!requirements.containsKey(outcome.requirementId())) {
                throw new RulesetException("rule " + outcome.rule().id() + " recorded an outcome for unknown requirement "
                        + outcome.requirementId());
            }
        }
        PlanDecision decision = planDecision(outcomes.decisions());
        List<Finding> findings = findings(outcomes.recorded(), decision);
        List<ChecklistItem> checklist = checklist(outcomes.recorded());
        return new EvaluationResult(evaluationDate, Determination.of(findings, checklist, decision),
                decision, checklist, findings, outcomes.hits());
    }

    private List<Finding> findings(List<RecordedOutcome> recorded, PlanDecision decision) {
        List<String> order = ruleset.requirements().stream().map(Requirement::id).toList();
        return recorded.stream()
                .filter(RecordedOutcome::finding)
                .map(outcome -> new Finding(outcome.rule().id(), outcome.requirementId(), outcome.rule().severity(),
                        outcome.status(), outcome.rule().citation(), outcome.rule().title(), outcome.message(),
                        outcome.evidence(), outcome.rule().remediation(), outcome.rule().confidence()))
                .map(finding -> PlanElementGaps.whileUndetermined(finding, decision, requirements.get(finding.requirementId())))
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparing(finding -> order.indexOf(finding.requirementId()))
                        .thenComparing(Finding::ruleId)
                        .thenComparing(Finding::message))
                .toList();
    }

    private List<ChecklistItem> checklist(List<RecordedOutcome> recorded) {
        List<ChecklistItem> items = new ArrayList<>();
        for (Requirement requirement : ruleset.requirements()) {
            if (requirement.scope().equals("decision") || requirement.scope().equals(SupplyChainEvaluator.SCOPE)) {
                continue;
            }
            List<RecordedOutcome> own = recorded.stream()
                    .filter(outcome -> outcome.requirementId().equals(requirement.id()))
                    .toList();
            items.add(item(requirement, own));
        }
        return items;
    }

    private static ChecklistItem item(Requirement requirement, List<RecordedOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return new ChecklistItem(requirement.id(), requirement.title(), requirement.citation(), Status.NEEDS_REVIEW,
                    "No rule reached a decision on this requirement for this submission (a gap in the ruleset).",
                    List.of(), List.of(), requirement.confidence());
        }
        Status status = status(outcomes);
        Status recorded = status == Status.MET_WITH_ADVICE ? Status.NOT_MET : status;
        List<RecordedOutcome> deciding = outcomes.stream().filter(outcome -> outcome.status() == recorded).toList();
        String reason = deciding.stream().map(RecordedOutcome::message).distinct().collect(Collectors.joining(" "));
        Set<Evidence> evidence = new LinkedHashSet<>();
        deciding.forEach(outcome -> evidence.addAll(outcome.evidence()));
        List<String> ruleIds = outcomes.stream().map(outcome -> outcome.rule().id()).distinct().toList();
        return new ChecklistItem(requirement.id(), requirement.title(), requirement.citation(), status, reason,
                new ArrayList<>(evidence), ruleIds, requirement.confidence());
    }

    /** How the title of a good-practice rule starts (rules/README.md). */
    static final String GOOD_PRACTICE = "Good practice";

    /**
     * The first status in {@link Status} order, except that gaps from good-practice rules alone never make a
     * requirement NOT_MET: when every other outcome is MET, or there is none, it is MET_WITH_ADVICE.
     */
    static Status status(List<RecordedOutcome> outcomes) {
        List<RecordedOutcome> decisive = outcomes.stream().filter(outcome -> !advice(outcome)).toList();
        if (decisive.size() == outcomes.size()) {
            return lowest(outcomes);
        }
        Status rest = decisive.isEmpty() ? Status.MET : lowest(decisive);
        return rest == Status.MET ? Status.MET_WITH_ADVICE : rest;
    }

    private static Status lowest(List<RecordedOutcome> outcomes) {
        return outcomes.stream().map(RecordedOutcome::status).min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * A gap recorded by a good-practice rule (INFO, its title starting "Good practice", the convention for what the
     * regulation's text does not require): advice, not a failure to meet the requirement. Other INFO gaps (a
     * Government-side omission, context for remedies) still leave the requirement not met.
     */
    static boolean advice(RecordedOutcome outcome) {
        return outcome.status() == Status.NOT_MET && outcome.rule().severity() == Severity.INFO
                && outcome.rule().title().startsWith(GOOD_PRACTICE);
    }

    private static PlanDecision planDecision(List<PlanDecision> decisions) {
        if (decisions.size() == 1) {
            return decisions.get(0);
        }
        String reason = decisions.isEmpty()
                ? "no applicability rule decided whether a plan is required (a gap in the ruleset)"
                : "applicability rules disagree: " + decisions.stream()
                        .map(decision -> decision.ruleId() + " says " + decision.outcome())
                        .collect(Collectors.joining("; "));
        return new PlanDecision(PlanDecision.Outcome.UNDETERMINED, reason, null, null, null, null, null);
    }
}
