package org.ctipcheck.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ctipcheck.submission.OrganizationRole;

@Description("The organization making the submission.")
public record OrganizationDto(
        @Description("Legal name.") @NotBlank @Size(max = 300) String legalName,
        @Description("Unique Entity ID (SAM.gov): 12 upper-case letters and digits.")
        @Pattern(regexp = "^[A-Z0-9]{12}$", message = "must be a 12-character SAM.gov Unique Entity ID (letters and digits)") String uei,
        @Description("Country of the organization, ISO 3166-1 alpha-2.") @CountryCode String country,
        @Description("PRIME, SUBCONTRACTOR, RECIPIENT or SUBRECIPIENT.") @NotNull OrganizationRole role) {
}
