package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** One award and what the implementer submits for it. */
@Description("A C-TIP submission: one award, the organization, its compliance plan and its certifications.")
public record SubmissionDto(
        @Description("The award (contract, order, grant or cooperative agreement) the submission is for.")
        @NotNull @Valid AwardDto award,
        @Description("The organization submitting: the prime, a subcontractor, a recipient or a subrecipient.")
        @NotNull @Valid OrganizationDto organization,
        @Description("The anti-trafficking compliance plan under FAR 52.222-50(h). Leave it out when none exists.")
        @Valid CompliancePlanDto compliancePlan,
        @Description("Certifications under FAR 52.222-56 (pre-award) and 52.222-50(h)(5) (annual).")
        List<@NotNull @Valid CertificationDto> certifications,
        @Description("Attested workforce and recruitment practices (FAR 52.222-50(b)).") @Valid WorkforceDto workforce,
        @Description("Policies and procedures under FAR 52.222-50(c), (d) and (g).") @Valid PoliciesDto policies,
        @Description("Credible information received about trafficking-related conduct, and what was done (FAR 52.222-50(d)).")
        List<@NotNull @Valid IncidentDto> incidents,
        @Description("Subcontracts and agreements with agents (FAR 52.222-50(i)).") List<@NotNull @Valid SubcontractDto> subcontracts,
        @Description("Forced or indentured child labor (FAR 52.222-18/-19, E.O. 13126).") @Valid ChildLaborDto childLabor,
        @Description("Department of Defense terms (DFARS).") @Valid DodDto dod) {

    public SubmissionDto {
        certifications = certifications == null ? List.of() : certifications;
        incidents = incidents == null ? List.of() : incidents;
        subcontracts = subcontracts == null ? List.of() : subcontracts;
    }
}
