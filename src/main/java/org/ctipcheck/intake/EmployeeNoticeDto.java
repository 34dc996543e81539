package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Notice to employees and agents of the policy and consequences (FAR 52.222-50(c)(1)).")
public record EmployeeNoticeDto(
        @Description("The notice states the U.S. Government's policy.") Boolean coversPolicy,
        @Description("It lists the prohibited activities of 52.222-50(b).") Boolean coversProhibitedActivities,
        @Description("It states the actions taken against violators.") Boolean coversActionsTaken,
        @Description("It is given to agents as well as employees.") Boolean distributedToAgents,
        @Description("It covers the directives listed under Alternate I.") Boolean coversAlternateIDirectives,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
