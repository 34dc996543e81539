package org.ctipcheck.submission;

/** FAR 52.222-50(c)(2): action against violators. */
public record DisciplinaryPolicy(
        String pointer,
        Boolean coversEmployees,
        Boolean coversAgents,
        Boolean coversSubcontractors,
        Boolean includesTermination,
        SourceReference source) implements DocumentedFact {
}
