package org.ctipcheck.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Description("A contract modification that incorporated another edition of 52.222-50 (FAR 1.108(d)(3)); from its date the "
        + "contract carries that edition. A modification dated after the evaluation date has not happened yet and is not counted.")
public record ClauseModificationDto(
        @Description("Modification number, e.g. \"P00004\".") @Size(max = 100) String number,
        @Description("Date the modification was signed (yyyy-mm-dd).") @NotNull LocalDate date,
        @Description("The 52.222-50 clause date it incorporated: \"2021-11\" or \"NOV 2021\".") @NotNull
        @Pattern(regexp = ClauseDate.PATTERN, message = "must be a clause date such as \"2021-11\" or \"NOV 2021\", in the years 1900-2100")
        String clauseDate) {
}
