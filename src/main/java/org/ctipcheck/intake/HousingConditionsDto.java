package org.ctipcheck.intake;

import jakarta.validation.Valid;
import java.time.LocalDate;

@Description("Housing as actually provided or arranged (FAR 52.222-50(b)(8)).")
public record HousingConditionsDto(
        @Description("Housing as actually provided meets host-country housing and safety standards.") Boolean meetsHostCountryStandards,
        @Description("Date of the last inspection.") LocalDate lastInspectedOn,
        @Description("Inspection deficiencies are still open.") Boolean openDeficiencies,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
