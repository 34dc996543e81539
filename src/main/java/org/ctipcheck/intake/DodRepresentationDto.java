package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("DFARS 252.222-7007 representation.")
public record DodRepresentationDto(
        @Description("The offeror made the DFARS 252.222-7007 representation.") Boolean made,
        @Description("It has hiring and subcontracting policies protecting workers' rights, and complies with them.") Boolean hiringAndSubcontractingPolicies,
        @Description("Employees and subcontractors are told of their responsibility to report violations.") Boolean employeesNotifiedOfReportingDuty,
        @Description("They are told of whistleblower reprisal protection (10 U.S.C. 4701, formerly 2409).") Boolean whistleblowerProtectionNotified,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
