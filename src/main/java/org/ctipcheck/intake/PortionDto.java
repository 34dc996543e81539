package org.ctipcheck.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ctipcheck.submission.PortionKind;

@Description("A portion of the award's estimated value, by kind and place.")
public record PortionDto(
        @Description("Identifier of the portion, referenced by compliancePlan.coveredPortions.") @NotBlank @Size(max = 100) String id,
        @Description("SUPPLIES or SERVICES.") @NotNull PortionKind kind,
        @Description("True when the supplies are acquired, or the services performed, outside the United States (50 States, DC and outlying areas).")
        @NotNull Boolean outsideUnitedStates,
        @Description("For supplies: true when they are commercially available off-the-shelf (COTS) items. Ignored for services.") Boolean cots,
        @Description("Estimated value in U.S. dollars (base period; give options in optionValue).") @DecimalMin(value = "0", message = "must be greater than or equal to 0") @Digits(integer = 15, fraction = 2) BigDecimal estimatedValue,
        @Description("Estimated value of all options of this portion, exercised or not, in U.S. dollars: FAR 1.108(c) measures a threshold on the final anticipated value including all options.")
        @DecimalMin(value = "0", message = "must be greater than or equal to 0") @Digits(integer = 15, fraction = 2) BigDecimal optionValue,
        @Description("Where the action sets a maximum quantity, a ceiling price or a price based on future events (e.g. an IDIQ): the highest final priced alternative to the Government, options included, in U.S. dollars (FAR 1.108(c)). When given, it is the value measured.")
        @DecimalMin(value = "0", message = "must be greater than or equal to 0") @Digits(integer = 15, fraction = 2) BigDecimal maximumValue,
        @Description("What the portion is.") @Size(max = 2000) String description) {
}
