package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Return transportation at the end of employment (FAR 52.222-50(b)(7)).")
public record ReturnTransportationDto(
        @Description("Return transportation at the end of employment is provided or paid for.") Boolean providedOrPaid,
        @Description("Return transportation is conditioned on completing the contract term.") Boolean conditionedOnCompletingTerm,
        @Description("Return transportation is conditioned on repaying costs.") Boolean conditionedOnRepayment,
        @Description("For victims or witnesses, return is timed so as not to obstruct services, redress or investigations.") Boolean victimWitnessTimingProvided,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
