package org.ctipcheck.submission;

/** FAR 52.222-50(c)(1): notice to employees and agents. */
public record EmployeeNotice(
        String pointer,
        Boolean coversPolicy,
        Boolean coversProhibitedActivities,
        Boolean coversActionsTaken,
        Boolean distributedToAgents,
        Boolean coversAlternateIDirectives,
        SourceReference source) implements DocumentedFact {
}
