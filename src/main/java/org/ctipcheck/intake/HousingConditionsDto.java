package org.ctipcheck.intake;

import jakarta.validation.Valid;
import java.time.LocalDate;

@Description("Housing as actually provided or arranged (FAR 52.222-50(b)(8)). Giving this section states that housing is provided or arranged: the compliance plan must then carry a housing plan (52.222-50(h)(3)(iv)); a plan silent on housing, or saying none is provided, is a gap (CTIP-PLAN-06.housing-attested-plan-silent). Example: {\"meetsHostCountryStandards\": true, \"lastInspectedOn\": \"2026-02-10\"}.")
public record HousingConditionsDto(
        @Description("Housing as actually provided meets host-country housing and safety standards.") Boolean meetsHostCountryStandards,
        @Description("Date of the last inspection.") LocalDate lastInspectedOn,
        @Description("Inspection deficiencies are still open.") Boolean openDeficiencies,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
