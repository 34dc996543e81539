package org.ctipcheck.submission;

/** What the implementer attests about its workforce and recruitment (FAR 52.222-50(b)). */
public record WorkforcePractices(
        String pointer,
        Boolean nonUsWorkersBroughtIn,
        Integer migrantWorkerCount,
        SourceReference source) implements DocumentedFact {
}
