package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

@Description("The contract as awarded, when a modification has since changed its portions (for example de-scoped the work "
        + "outside the United States or removed options): FAR 22.1703(c)(2) requires annual certifications \"when a compliance plan "
        + "was required at award\", so the plan requirement at award is decided on these portions and the clause at award.")
public record AsAwardedDto(
        @Description("The portions as awarded, with their values (options included, FAR 1.108(c)).")
        @NotEmpty List<@NotNull @Valid PortionDto> portions,
        @Description("Date of the modification that changed the portions (yyyy-mm-dd). Before it, award.portions are not yet in force.")
        LocalDate modifiedOn,
        @Description("Number of that modification, e.g. \"P00007\".") @Size(max = 100) String modification) {
}
