package org.ctipcheck.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Description("A directive or notice listed in the Alternate I table of 52.222-50.")
public record DirectiveDto(
        @Description("Title of the directive or notice, e.g. a general order or an off-limits listing.") @NotBlank @Size(max = 500) String title,
        @Description("Where to obtain it.") @Size(max = 500) String whereToObtain,
        @Description("The location it applies to.") @Size(max = 500) String appliesAt,
        @Description("The awareness program or notice communicates it to employees.") Boolean communicatedToEmployees) {
}
