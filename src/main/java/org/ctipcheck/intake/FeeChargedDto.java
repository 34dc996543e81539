package org.ctipcheck.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ctipcheck.submission.FeeForm;

@Description("A recruitment fee workers bear, in any form.")
public record FeeChargedDto(
        @Description("How the fee is borne by workers.") @NotNull FeeForm form,
        @Description("What the fee is for.") @Size(max = 2000) String description,
        @Description("Amount in U.S. dollars, if known.") @DecimalMin(value = "0", message = "must be greater than or equal to 0") BigDecimal amountUsd,
        @Description("Who charges it (employer, recruiter, broker...).") @Size(max = 300) String chargedBy) {
}
