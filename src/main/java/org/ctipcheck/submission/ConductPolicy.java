package org.ctipcheck.submission;

/** FAR 52.222-50(b)(1)-(3): the code of conduct. */
public record ConductPolicy(
        String pointer,
        Boolean traffickingProhibited,
        Boolean commercialSexProhibited,
        Boolean appliesOffDuty,
        Boolean forcedLaborProhibited,
        SourceReference source) implements DocumentedFact {
}
