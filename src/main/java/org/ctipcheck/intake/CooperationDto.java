package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Full cooperation with Government investigations (FAR 52.222-50(g)).")
public record CooperationDto(
        @Description("Discloses information sufficient to identify the offense and the individuals responsible.") Boolean disclosesToInspectorGeneral,
        @Description("Responds timely and completely to Government auditors and investigators.") Boolean respondsToAuditors,
        @Description("Gives access to facilities and staff, inside and outside the U.S., including subcontractors.") Boolean providesAccessIncludingOverseas,
        @Description("Protects suspected victims and witnesses and does not hinder their cooperation.") Boolean protectsVictimsAndWitnesses,
        @Description("Grants and cooperative agreements: the recipient commits to fully cooperate with any Federal agencies responsible for audits, "
                + "investigations, or corrective actions relating to trafficking in persons (22 U.S.C. 7104c(2)).") Boolean fullyCooperatesWithFederalAgencies,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
