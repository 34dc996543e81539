package org.ctipcheck.submission;

/** FAR 52.222-50(b)(7): return transportation. */
public record ReturnTransportation(
        String pointer,
        Boolean providedOrPaid,
        Boolean conditionedOnCompletingTerm,
        Boolean conditionedOnRepayment,
        Boolean victimWitnessTimingProvided,
        SourceReference source) implements DocumentedFact {
}
