package org.ctipcheck.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Description("A recruiter or labor broker.")
public record RecruiterDto(
        @Description("Recruiter or labor broker.") @NotBlank @Size(max = 300) String name,
        @Description("Country where it recruits, ISO 3166-1 alpha-2.") @CountryCode String country,
        @Description("Licensed where it recruits.") Boolean licensed,
        @Description("The law of the country where it recruits requires a recruiter to be licensed (false: no licence is required there, so an unlicensed recruiter can comply with local law).") Boolean licenceRequired,
        @Description("Complies with the labor laws of the country where it recruits.") Boolean compliesWithLocalLaw,
        @Description("Its employees are trained (see 52.222-50(h)(3)(iii)); false while the plan is required is a gap (CTIP-PLAN-05a.untrained-recruiter-used).") Boolean employeesTrained,
        @Description("The agreement with it includes the substance of 52.222-50; false is a flow-down gap, a recruiter being an agent (52.222-50(a), (i)(1); CTIP-FLOW-01.recruiter-agreement-without-clause).") Boolean agreementIncludesClause) {
}
