package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

@Description("The FAR 52.222-50 clause incorporated in the contract.")
public record ClauseDto(
        @Description("Clause date as shown in the contract at award: \"2021-11\" or \"NOV 2021\". It decides the threshold until a modification incorporates another edition; it must be an edition that exists and had taken effect by the award date.")
        @Pattern(regexp = ClauseDate.PATTERN, message = "must be a clause date such as \"2021-11\" or \"NOV 2021\", in the years 1900-2100")
        String date,
        @Description("Whether Alternate I (overseas directives and notices) is incorporated.") Boolean alternateI,
        @Description("The directives and notices listed in the Alternate I table.") List<@NotNull @Valid DirectiveDto> directives,
        @Description("Modifications that incorporated another edition of the clause after award, each with its date.")
        List<@NotNull @Valid ClauseModificationDto> modifications) {

    public ClauseDto {
        directives = directives == null ? List.of() : directives;
        modifications = modifications == null ? List.of() : modifications;
    }
}
