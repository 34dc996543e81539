package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@Description("Housing plan (FAR 52.222-50(h)(3)(iv)).")
public record HousingDto(
        @Description("The contractor or a subcontractor provides or arranges housing; false when the plan states none is; leave out when the plan is silent.")
        Boolean providedOrArranged,
        @Description("The housing meets host-country housing and safety standards.") Boolean meetsHostCountryStandards,
        @Description("The standards named, e.g. \"Qatar Ministerial Decision 18/2014 on worker accommodation\".") @Size(max = 2000) String standards,
        @Description("Inspection schedule, e.g. \"monthly by the welfare officer\".") @Size(max = 2000) String inspections,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {
}
