package org.ctipcheck.submission;

/** DFARS 252.222-7007: representation regarding combating trafficking in persons. */
public record DodRepresentation(
        String pointer,
        Boolean made,
        Boolean hiringAndSubcontractingPolicies,
        Boolean employeesNotifiedOfReportingDuty,
        Boolean whistleblowerProtectionNotified,
        SourceReference source) implements DocumentedFact {
}
