package org.ctipcheck.evaluation;

import java.util.List;
import java.util.Optional;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;

/**
 * What {@code rules show} explains, for any channel: a requirement (citation, when it applies, confidence), the
 * rules that decide it (each with severity, citation, fix and file) and the titles of the rules whose passing
 * satisfies it. Asked for a rule id, {@code rules} holds that rule alone.
 */
public record RuleExplanation(Requirement requirement, List<RuleInfo> satisfiedBy, List<RuleInfo> rules) {

    public RuleExplanation {
        satisfiedBy = List.copyOf(satisfiedBy);
        rules = List.copyOf(rules);
    }

    /** The explanation of a requirement id or a rule id (any case); empty when the ruleset has neither. */
    public static Optional<RuleExplanation> of(Ruleset ruleset, String id) {
        Optional<RuleInfo> rule = ruleset.rules().stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
        String requirementId = rule.map(RuleInfo::requirementId).orElse(id);
        return ruleset.requirements().stream()
                .filter(r -> r.id().equalsIgnoreCase(requirementId))
                .findFirst()
                .map(requirement -> new RuleExplanation(requirement, RuleCatalogMarkdown.satisfiedBy(ruleset, requirement),
                        rule.<List<RuleInfo>>map(List::of).orElseGet(() -> RuleCatalogMarkdown.rulesOf(ruleset, requirement))));
    }
}
