package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Return transportation at the end of employment (FAR 52.222-50(b)(7)).")
public record ReturnTransportationDto(
        @Description("Return transportation at the end of employment is provided or paid for.") Boolean providedOrPaid,
        @Description("Return transportation is conditioned on completing the contract term.") Boolean conditionedOnCompletingTerm,
        @Description("Return transportation is conditioned on repaying costs.") Boolean conditionedOnRepayment,
        @Description("For victims or witnesses, return is timed so as not to obstruct services, redress or investigations.") Boolean victimWitnessTimingProvided,
        @Description("The workers are brought into the United States, for a portion performed inside the U.S. (false: into a country of performance outside the U.S.). Left out, it is taken from the award: into the U.S. when no portion is performed outside it, else outside.") Boolean broughtIntoUnitedStates,
        @Description("For workers brought into the United States: an existing temporary worker program or a written agreement with the employee requires paying for return transportation (FAR 52.222-50(b)(7)(i)(B)); without one, none is owed.") Boolean requiredByProgramOrAgreement,
        @Description("Return transportation is withheld only from workers legally permitted to remain in the country of employment who choose to do so (FAR 52.222-50(b)(7)(ii)(A)).") Boolean withheldOnlyFromWorkersWhoChoseToRemain,
        @Description("An authorized official of the contracting agency has exempted the contractor from providing or paying for return transportation (FAR 52.222-50(b)(7)(ii)(B)).") Boolean agencyExemption,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
