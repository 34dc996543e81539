package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@Description("Procedures for agents and subcontractors (FAR 52.222-50(h)(3)(v)).")
public record AgentsAndSubcontractorsDto(
        @Description("The procedures reach agents and subcontractors at any tier.") Boolean anyTier,
        @Description("The procedures reach subcontracts of any dollar value.") Boolean anyValue,
        @Description("Agents and subcontractors are monitored (audits, worker interviews).") Boolean monitor,
        @Description("There is a way to detect trafficking-related activity.") Boolean detect,
        @Description("Agents, subcontracts or subcontractor employees that engage in it can be terminated.") Boolean terminate,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {
}
