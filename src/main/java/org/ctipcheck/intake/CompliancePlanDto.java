package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

@Description("The compliance plan: one section per element of FAR 52.222-50(h)(2)-(4). Leave a section out when the plan does not address it.")
public record CompliancePlanDto(
        @Description("Plan version or revision, e.g. \"Rev. 2\".") @Size(max = 100) String version,
        @Description("Date the plan took effect (yyyy-mm-dd).") LocalDate effectiveDate,
        @Description("Date the plan expires, if it does (yyyy-mm-dd).") LocalDate expiresOn,
        @Description("Ids of the award portions the plan covers (award.portions[].id).") List<@NotNull @Size(max = 100) String> coveredPortions,
        @Description("The plan document itself.") @Valid SourceDto source,
        @Description("(h)(2) contract-specific risk assessment.") @Valid RiskAssessmentDto riskAssessment,
        @Description("(h)(3)(i) awareness program.") @Valid AwarenessDto awareness,
        @Description("(h)(3)(ii) reporting process and hotline.") @Valid ReportingDto reporting,
        @Description("(h)(3)(iii) recruitment and wage plan.") @Valid RecruitmentAndWageDto recruitmentAndWage,
        @Description("(h)(3)(iv) housing plan.") @Valid HousingDto housing,
        @Description("(h)(3)(v) procedures for agents and subcontractors.") @Valid AgentsAndSubcontractorsDto agentsAndSubcontractors,
        @Description("(h)(4)(i) posting of the plan's relevant contents.") @Valid PostingDto posting,
        @Description("(h)(4)(ii) requests from the contracting officer for the plan.")
        List<@NotNull @Valid PlanRequestDto> requestsFromContractingOfficer) {

    public CompliancePlanDto {
        coveredPortions = coveredPortions == null ? List.of() : coveredPortions;
        requestsFromContractingOfficer = requestsFromContractingOfficer == null ? List.of() : requestsFromContractingOfficer;
    }

    @AssertTrue(message = "expiresOn must not be before effectiveDate")
    boolean isExpiryAfterEffectiveDate() {
        return effectiveDate == null || expiresOn == null || !expiresOn.isBefore(effectiveDate);
    }
}
