package org.ctipcheck.intake;

import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;

@Description("Period of performance.")
public record PeriodDto(
        @Description("First day of performance (yyyy-mm-dd).") LocalDate start,
        @Description("Last day of performance (yyyy-mm-dd).") LocalDate end) {

    @AssertTrue(message = "end must not be before start")
    boolean isOrdered() {
        return start == null || end == null || !end.isBefore(start);
    }
}
