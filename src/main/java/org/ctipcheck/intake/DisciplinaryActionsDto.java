package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Action against violators (FAR 52.222-50(c)(2)).")
public record DisciplinaryActionsDto(
        @Description("Action can be taken against employees.") Boolean coversEmployees,
        @Description("Action can be taken against agents.") Boolean coversAgents,
        @Description("Action can be taken against subcontractors.") Boolean coversSubcontractors,
        @Description("It includes removal, termination of employment or of the subcontract.") Boolean includesTermination,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
