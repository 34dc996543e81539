package org.ctipcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.fixtures.ResultAssert;

/**
 * Exactly one applicability rule must decide whether a plan is required: the plan, certification and
 * scope rules all join on that single decision, and two decisions would make them contradict each other.
 */
public final class PlanDecisions {
    private static final Set<String> OUTCOMES = Stream.of(PlanDecision.Outcome.values())
            .map(Enum::name).collect(Collectors.toSet());

    private PlanDecisions() {
    }

    /** The plan decision was made once, by {@code ruleId}, with the given outcome. */
    public static ResultAssert decidedOnceBy(ResultAssert result, String ruleId, PlanDecision.Outcome outcome) {
        List<String> deciding = result.result().ruleHits().stream()
                .filter(PlanDecisions::decides)
                .map(RuleHit::ruleId)
                .toList();
        assertThat(deciding).as("rules that made a plan decision").containsExactly(ruleId);
        assertThat(result.result().planDecision().ruleId()).as("rule behind the plan decision").isEqualTo(ruleId);
        return result.planDecision(outcome);
    }

    private static boolean decides(RuleHit hit) {
        return hit.outcome() != null && Arrays.stream(hit.outcome().split(",")).anyMatch(OUTCOMES::contains);
    }
}
