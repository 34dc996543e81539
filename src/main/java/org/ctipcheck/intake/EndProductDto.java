package org.ctipcheck.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Description("An end product and its country of origin.")
public record EndProductDto(
        @Description("End product, e.g. \"Garments\".") @NotBlank @Size(max = 300) String product,
        @Description("Country of origin, ISO 3166-1 alpha-2.") @NotNull @CountryCode String countryOfOrigin,
        @Description("Value in U.S. dollars.") @DecimalMin(value = "0", message = "must be greater than or equal to 0") BigDecimal value) {
}
