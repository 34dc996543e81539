package org.ctipcheck.submission;

/** What the implementer attests about its workforce and recruitment (FAR 52.222-50(b)). */
public record WorkforcePractices(
        String pointer,
        Boolean nonUsWorkersBroughtIn,
        Integer migrantWorkerCount,
        SourceReference source) implements DocumentedFact {

    /** Non-nationals are brought into the country of performance (or the U.S.) to work on the contract. */
    public boolean bringsInWorkers() {
        return Boolean.TRUE.equals(nonUsWorkersBroughtIn);
    }

    public boolean statesNoWorkersBroughtIn() {
        return Boolean.FALSE.equals(nonUsWorkersBroughtIn);
    }
}
