package org.ctipcheck.intake;

import jakarta.validation.constraints.Pattern;

@Description("The FAR 52.222-50 clause incorporated in the contract.")
public record ClauseDto(
        @Description("Clause date as shown in the contract: \"2021-11\" or \"NOV 2021\". It decides the threshold.")
        @Pattern(regexp = ClauseDate.PATTERN, message = "must be a clause date such as \"2021-11\" or \"NOV 2021\"")
        String date,
        @Description("Whether Alternate I (overseas directives and notices) is incorporated.") Boolean alternateI) {
}
