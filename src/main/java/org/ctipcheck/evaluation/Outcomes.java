package org.ctipcheck.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;

/**
 * The rules' only way to speak, used from DRL consequences as the global {@code outcomes}. Each call is
 * attributed to the rule that is firing, so a consequence carries only its message and evidence while
 * id, severity, citation and remediation come from the rule's own metadata. One instance per evaluation.
 */
public final class Outcomes {
    private final Map<String, RuleInfo> rules;
    private final List<RecordedOutcome> recorded = new ArrayList<>();
    private final List<RuleHit> hits = new ArrayList<>();
    private final List<PlanDecision> decisions = new ArrayList<>();
    private RuleInfo firing;

    Outcomes(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    /** Called by the engine before a rule's consequence runs. */
    public void firing(String ruleName, List<String> matchedPointers) {
        firing = rules.get(ruleName);
        if (firing == null) {
            throw new IllegalStateException("rule '" + ruleName + "' fired but is not in the ruleset catalog");
        }
        hits.add(new RuleHit(hits.size() + 1, firing.id(), firing.requirementId(), null, matchedPointers));
    }

    public void met(String reason, Evidence... evidence) {
        add(firing.requirementId(), Status.MET, reason, evidence, false);
    }

    public void notMet(String message, Evidence... evidence) {
        add(firing.requirementId(), Status.NOT_MET, message, evidence, true);
    }

    public void needsReview(String message, Evidence... evidence) {
        add(firing.requirementId(), Status.NEEDS_REVIEW, message, evidence, true);
    }

    public void notApplicable(String reason, Evidence... evidence) {
        add(firing.requirementId(), Status.NOT_APPLICABLE, reason, evidence, false);
    }

    /** A checklist entry for another requirement, without a finding: used where one gap decides many entries. */
    public void checklist(String requirementId, Status status, String reason) {
        add(requirementId, status, reason, new Evidence[0], false);
    }

    /**
     * Records the plan-required decision; its confidence is the weaker of the deciding rule's and the
     * threshold's (the OCT 2025 threshold rests on secondary sources).
     * Returns it so the rule can insert it for other rules to join on.
     */
    public PlanDecision decide(PlanDecision.Outcome outcome, String reason, ClauseThreshold threshold,
            BigDecimal coveredValue) {
        Confidence confidence = firing.confidence();
        if (threshold != null && threshold.confidence().compareTo(confidence) > 0) {
            confidence = threshold.confidence();
        }
        PlanDecision decision = new PlanDecision(outcome, reason, threshold == null ? null : threshold.edition(),
                threshold == null ? null : threshold.amount(), coveredValue, firing.id(), confidence);
        decisions.add(decision);
        tagLastHit(outcome.name());
        return decision;
    }

    private void add(String requirementId, Status status, String message, Evidence[] evidence, boolean finding) {
        recorded.add(new RecordedOutcome(firing, requirementId, status, message, Arrays.asList(evidence), finding));
        tagLastHit(status.name());
    }

    private void tagLastHit(String outcome) {
        int last = hits.size() - 1;
        RuleHit hit = hits.get(last);
        String tagged = hit.outcome() == null ? outcome : hit.outcome() + "," + outcome;
        hits.set(last, new RuleHit(hit.sequence(), hit.ruleId(), hit.requirementId(), tagged, hit.matched()));
    }

    List<RecordedOutcome> recorded() {
        return recorded;
    }

    List<RuleHit> hits() {
        return hits;
    }

    List<PlanDecision> decisions() {
        return decisions;
    }
}
