package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

@Description("Risk assessment that tailors the plan to the contract (FAR 52.222-50(h)(2)).")
public record RiskAssessmentDto(
        @Description("True when the assessment is specific to this contract, not a generic corporate policy.") Boolean contractSpecific,
        @Description("Number of non-U.S. citizens expected to be employed on the contract.") @Min(0) Integer nonUsWorkforceExpected,
        @Description("Countries workers are recruited from, ISO 3166-1 alpha-2.") List<@NotNull @CountryCode String> countriesOfRecruitment,
        @Description("The sector's trafficking risk, e.g. \"construction; Qatar Tier 2; ILAB-listed goods none\".") @Size(max = 2000) String sectorRisk,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {

    public RiskAssessmentDto {
        countriesOfRecruitment = countriesOfRecruitment == null ? List.of() : countriesOfRecruitment;
    }
}
