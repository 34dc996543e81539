package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

@Description("Procedure for notifying credible information (FAR 52.222-50(d)).")
public record NotificationProcedureDto(
        @Description("Credible information is reported to the contracting officer.") Boolean notifiesContractingOfficer,
        @Description("Credible information is reported to the agency Inspector General.") Boolean notifiesInspectorGeneral,
        @Description("Internal time limit for the notice, in hours.") @Min(0) Integer timeLimitHours,
        @Description("Actions taken are reported to the contracting officer and the Inspector General.") Boolean reportsActionsTaken,
        @Description("An incident log with notification dates is kept.") Boolean incidentLogKept,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
