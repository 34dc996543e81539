package org.ctipcheck.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Description("An incident: credible information received and what was done.")
public record IncidentDto(
        @Description("Case number.") @NotBlank @Size(max = 100) String id,
        @Description("When credible information was received.") @NotNull LocalDate receivedOn,
        @Description("When the information was found credible, if later than received: \"immediately\" is counted from this day.") LocalDate foundCredibleOn,
        @Description("What was alleged.") @Size(max = 5000) String allegation,
        @Description("Where the information came from (hotline, audit, host-country police...).") @Size(max = 300) String informationSource,
        @Description("When the contracting officer was told.") LocalDate contractingOfficerNotifiedOn,
        @Description("When the agency Inspector General was told.") LocalDate inspectorGeneralNotifiedOn,
        @Description("Actions taken against the employee, subcontractor or agent.") @Size(max = 5000) String actionsTaken,
        @Description("When the actions were taken: their report to the CO and the Inspector General is due \"immediately\" from this day.") LocalDate actionsTakenOn,
        @Description("When the actions taken were reported to the CO and the Inspector General.") LocalDate actionsReportedOn,
        @Description("The allegation may relate to more than one contract.") Boolean relatesToMultipleContracts,
        @Description("The CO of the highest-value contract was told.") Boolean highestValueContractOfficerNotified,
        @Description("A compliance plan or awareness program was in place at the time (a mitigating factor).") Boolean planInPlaceAtViolation,
        @Description("Appropriate remedial action was taken (a mitigating factor).") Boolean remediationTaken,
        @Description("The CO directed abatement or enforcement of the plan.") Boolean contractingOfficerDirectedAbatement,
        @Description("The contractor abated as directed.") Boolean abatedAsDirected) {
}
