package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import jakarta.validation.constraints.Min;

@Description("Attested workforce and recruitment practices, the evidence for the prohibitions of FAR 52.222-50(b).")
public record WorkforceDto(
        @Description("Non-nationals are brought into the country of performance (or into the U.S.) to work on the contract.") Boolean nonUsWorkersBroughtIn,
        @Description("How many such workers.") @Min(0) Integer migrantWorkerCount,
        @Description("Custody of identity and immigration documents.") @Valid IdentityDocumentsDto identityDocuments,
        @Description("Recruitment fees workers bear, in any form (empty when none). A fee here while the plan bans fees is also a plan gap: the ban is not applied (CTIP-PLAN-05b.ban-not-applied).") List<@NotNull @Valid FeeChargedDto> feesChargedToWorkers,
        @Description("Return transportation at the end of employment.") @Valid ReturnTransportationDto returnTransportation,
        @Description("Written work documents.") @Valid WorkDocumentsDto workDocuments,
        @Description("Disclosure of key terms during recruitment.") @Valid RecruitmentDisclosureDto recruitmentDisclosure,
        @Description("Recruiters and labor brokers used.") List<@NotNull @Valid RecruiterDto> recruiters,
        @Description("Code of conduct.") @Valid ConductPolicyDto conduct,
        @Description("Housing as actually provided or arranged.") @Valid HousingConditionsDto housingConditions,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {

    public WorkforceDto {
        feesChargedToWorkers = feesChargedToWorkers == null ? List.of() : feesChargedToWorkers;
        recruiters = recruiters == null ? List.of() : recruiters;
    }
}
