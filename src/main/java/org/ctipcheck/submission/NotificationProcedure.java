package org.ctipcheck.submission;

/** FAR 52.222-50(d): notification of credible information and actions taken. */
public record NotificationProcedure(
        String pointer,
        Boolean notifiesContractingOfficer,
        Boolean notifiesInspectorGeneral,
        Integer timeLimitHours,
        Boolean reportsActionsTaken,
        Boolean incidentLogKept,
        SourceReference source) implements DocumentedFact {
}
