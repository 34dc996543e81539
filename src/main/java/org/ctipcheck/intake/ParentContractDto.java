package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

@Description("For a task or delivery order: the contract it is placed under (e.g. an IDIQ). The plan threshold is measured on "
        + "the parent contract's portions, at their final anticipated value with options or the ceiling (FAR 1.108(c)), and an "
        + "order without a clause date of its own carries the parent's 52.222-50 clause.")
public record ParentContractDto(
        @Description("Number of the parent contract.") @NotBlank @Size(max = 100) String id,
        @Description("Date the parent contract was awarded (yyyy-mm-dd).") LocalDate awardDate,
        @Description("The parent contract's 52.222-50 clause.") @Valid ClauseDto clause,
        @Description("The parent contract's value by portion: for an IDIQ, each portion's ceiling as maximumValue.")
        List<@NotNull @Valid PortionDto> portions) {

    public ParentContractDto {
        portions = portions == null ? List.of() : portions;
    }
}
