package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.List;

/** FAR 52.222-50(b)(7): return transportation. */
public record ReturnTransportation(
        String pointer,
        Boolean providedOrPaid,
        Boolean conditionedOnCompletingTerm,
        Boolean conditionedOnRepayment,
        Boolean victimWitnessTimingProvided,
        SourceReference source) implements DocumentedFact {

    /** Return travel depends on finishing the term or repaying costs: a condition the clause does not allow. */
    public boolean conditioned() {
        return Boolean.TRUE.equals(conditionedOnCompletingTerm) || Boolean.TRUE.equals(conditionedOnRepayment);
    }

    public String conditions() {
        List<String> conditions = new ArrayList<>();
        if (Boolean.TRUE.equals(conditionedOnCompletingTerm)) {
            conditions.add("completing the contract term");
        }
        if (Boolean.TRUE.equals(conditionedOnRepayment)) {
            conditions.add("repaying costs");
        }
        return String.join(" and ", conditions);
    }
}
