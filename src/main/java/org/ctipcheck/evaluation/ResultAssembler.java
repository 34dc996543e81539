package org.ctipcheck.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /** Each requirement's position in the pack (the first, as {@code List.indexOf} would find it): findings' order. */
    private final Map<String, Integer> order = new HashMap<>();
    /** Built once per ruleset and shared: an evaluation only reads it. */
    private final Comparator<Finding> findingOrder = Comparator.comparing(Finding::severity)
            .thenComparing(finding -> order.getOrDefault(finding.requirementId(), -1))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    ResultAssembler(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.requirements = ruleset.requirements().stream()
                .collect(Collectors.toMap(Requirement::id, Function.identity()));
        List<Requirement> all = ruleset.requirements();
        for (int i = 0; i < all.size(); i++) {
            order.putIfAbsent(all.get(i).id(), i);
        }
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
        List<Finding> findings = new ArrayList<>();
        for (RecordedOutcome outcome : recorded) {
            if (outcome.finding()) {
                Finding finding = new Finding(outcome.rule().id(), outcome.requirementId(), outcome.rule().severity(),
                        outcome.status(), outcome.rule().citation(), outcome.rule().title(), outcome.message(),
                        outcome.evidence(), outcome.rule().remediation(), outcome.rule().confidence());
                findings.add(PlanElementGaps.whileUndetermined(finding, decision, requirements.get(finding.requirementId())));
            }
        }
        findings.sort(findingOrder); // stable, like the stream's sorted()
        return List.copyOf(findings);
    }

    // Plain loops and one grouping pass rather than a stream per requirement: this runs on every evaluation, and
    // with ~70 requirements the streams' set-up cost was a sixth of a warm evaluation (issue 15's JMH profile).
    private List<ChecklistItem> checklist(List<RecordedOutcome> recorded) {
        Map<String, List<RecordedOutcome>> byRequirement = new HashMap<>();
        for (RecordedOutcome outcome : recorded) {
            byRequirement.computeIfAbsent(outcome.requirementId(), id -> new ArrayList<>(4)).add(outcome);
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (Requirement requirement : ruleset.requirements()) {
            if (requirement.scope().equals("decision") || requirement.scope().equals(SupplyChainEvaluator.SCOPE)) {
                continue;
            }
            items.add(item(requirement, byRequirement.getOrDefault(requirement.id(), List.of())));
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
        List<String> messages = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> ruleIds = new ArrayList<>();
        for (RecordedOutcome outcome : outcomes) {
            if (outcome.status() == recorded) {
                addIfAbsent(messages, outcome.message());
                outcome.evidence().forEach(item -> addIfAbsent(evidence, item));
            }
            addIfAbsent(ruleIds, outcome.rule().id());
        }
        return new ChecklistItem(requirement.id(), requirement.title(), requirement.citation(), status,
                String.join(" ", distinctLarge(messages)), distinctLarge(evidence), List.copyOf(distinctLarge(ruleIds)),
                requirement.confidence());
    }

    /** Distinct in first-seen order, by equals, as {@code Stream.distinct()} and a LinkedHashSet keep them. */
    private static <T> void addIfAbsent(List<T> list, T item) {
        if (list.size() > SMALL || !list.contains(item)) {
            list.add(item);
        }
    }

    /** Past {@link #SMALL} items {@link #addIfAbsent} stops looking (a linear search each); a set finishes the job. */
    private static <T> List<T> distinctLarge(List<T> items) {
        return items.size() > SMALL ? new ArrayList<>(new LinkedHashSet<>(items)) : items;
    }

    private static final int SMALL = 16;

    /** How the title of a good-practice rule starts (rules/README.md). */
    static final String GOOD_PRACTICE = "Good practice";

    /**
     * The first status in {@link Status} order, except that gaps from good-practice rules alone never make a
     * requirement NOT_MET: when every other outcome is MET, or there is none, it is MET_WITH_ADVICE.
     */
    static Status status(List<RecordedOutcome> outcomes) {
        Status lowest = null;
        Status lowestDecisive = null;
        boolean anyAdvice = false;
        for (RecordedOutcome outcome : outcomes) {
            lowest = lower(lowest, outcome.status());
            if (advice(outcome)) {
                anyAdvice = true;
            } else {
                lowestDecisive = lower(lowestDecisive, outcome.status());
            }
        }
        if (lowest == null) {
            throw new java.util.NoSuchElementException("no outcome");
        }
        if (!anyAdvice) {
            return lowest;
        }
        Status rest = lowestDecisive == null ? Status.MET : lowestDecisive;
        return rest == Status.MET ? Status.MET_WITH_ADVICE : rest;
    }

    private static Status lower(Status a, Status b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
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
