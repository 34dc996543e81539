package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Code of conduct for trafficking, commercial sex and forced labor (FAR 52.222-50(b)(1)-(3)).")
public record ConductPolicyDto(
        @Description("Severe forms of trafficking in persons are prohibited.") Boolean traffickingProhibited,
        @Description("Procuring commercial sex acts is prohibited.") Boolean commercialSexProhibited,
        @Description("The prohibitions apply on and off duty, for the whole period of performance; false: the code limits them to duty hours or the worksite. Leave out when the code sets no duty-status limit (a prohibition without one covers off-duty conduct).") Boolean appliesOffDuty,
        @Description("Using forced labor is prohibited.") Boolean forcedLaborProhibited,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
