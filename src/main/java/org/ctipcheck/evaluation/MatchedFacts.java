package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.submission.EvaluationContext;
import org.ctipcheck.submission.Fact;
import org.ctipcheck.submission.Money;

/**
 * Names what a rule matched: submitted facts by their JSON Pointer; derived facts and context by a short
 * label in parentheses, which no JSON Pointer can start with.
 */
final class MatchedFacts {
    private MatchedFacts() {
    }

    static List<String> describe(List<Object> matched) {
        List<String> names = new ArrayList<>();
        for (Object object : matched) {
            add(names, object);
        }
        return names;
    }

    private static void add(List<String> names, Object object) {
        if (object instanceof Fact fact) {
            names.add(fact.pointer());
        } else if (object instanceof Collection<?> collection) {
            collection.forEach(element -> add(names, element));
        } else if (object instanceof PlanDecision decision) {
            names.add("(derived) plan decision " + decision.outcome());
        } else if (object instanceof ClauseThreshold threshold) {
            names.add("(derived) clause " + threshold.edition() + " threshold "
                    + (threshold.hasPlanParagraph() ? Money.format(threshold.amount()) : "none"));
        } else if (object instanceof Eo13126Listing listing) {
            names.add("(reference) E.O. 13126 list: " + listing.describe());
        } else if (object instanceof Requirement requirement) {
            names.add("(requirement) " + requirement.id());
        } else if (object instanceof EvaluationContext context) {
            names.add("(context) evaluation date " + context.today());
        } else if (object != null) {
            names.add("(derived) " + object.getClass().getSimpleName());
        }
    }
}
