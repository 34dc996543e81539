package org.ctipcheck.submission;

import java.time.LocalDate;

/** Credible information about trafficking-related conduct and what was done about it (FAR 52.222-50(d)-(f)). */
public record Incident(
        String pointer,
        String id,
        LocalDate receivedOn,
        String allegation,
        String informationSource,
        LocalDate contractingOfficerNotifiedOn,
        LocalDate inspectorGeneralNotifiedOn,
        String actionsTaken,
        LocalDate actionsReportedOn,
        Boolean relatesToMultipleContracts,
        Boolean highestValueContractOfficerNotified,
        Boolean planInPlaceAtViolation,
        Boolean remediationTaken,
        Boolean contractingOfficerDirectedAbatement,
        Boolean abatedAsDirected) implements Fact {
}
