package org.ctipcheck.intake;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

@Description("A contracting officer's request for the plan.")
public record PlanRequestDto(
        @Description("Date of the request.") @NotNull LocalDate requestedOn,
        @Description("Date the plan was provided; leave out if it has not been.") LocalDate providedOn) {

    @AssertTrue(message = "providedOn must not be before requestedOn")
    boolean isProvidedAfterRequest() {
        return requestedOn == null || providedOn == null || !providedOn.isBefore(requestedOn);
    }
}
