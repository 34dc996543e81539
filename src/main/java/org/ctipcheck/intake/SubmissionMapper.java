package org.ctipcheck.intake;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ctipcheck.submission.Award;
import org.ctipcheck.submission.AwarenessProgram;
import org.ctipcheck.submission.Certification;
import org.ctipcheck.submission.CompliancePlan;
import org.ctipcheck.submission.HousingPlan;
import org.ctipcheck.submission.Organization;
import org.ctipcheck.submission.PlanRequest;
import org.ctipcheck.submission.Portion;
import org.ctipcheck.submission.Posting;
import org.ctipcheck.submission.RecruitmentWagePlan;
import org.ctipcheck.submission.ReportingProcess;
import org.ctipcheck.submission.RiskAssessment;
import org.ctipcheck.submission.SourceReference;
import org.ctipcheck.submission.SubcontractorProcedures;
import org.ctipcheck.submission.Submission;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps validated DTOs to the immutable facts the rules see; each fact gets its JSON Pointer. */
@Mapper
interface SubmissionMapper {
    SubmissionMapper INSTANCE = Mappers.getMapper(SubmissionMapper.class);

    default Submission toFacts(SubmissionDto dto) {
        CompliancePlanDto plan = dto.compliancePlan();
        if (plan == null) {
            return new Submission(award(dto.award()), organization(dto.organization()), null, null, null, null, null,
                    null, null, null, List.of(), certifications(dto.certifications()));
        }
        return new Submission(award(dto.award()), organization(dto.organization()), plan(plan),
                riskAssessment(plan.riskAssessment()), awareness(plan.awareness()), reporting(plan.reporting()),
                recruitmentAndWage(plan.recruitmentAndWage()), housing(plan.housing()),
                agentsAndSubcontractors(plan.agentsAndSubcontractors()), posting(plan.posting()),
                planRequests(plan.requestsFromContractingOfficer()), certifications(dto.certifications()));
    }

    @Mapping(target = "pointer", constant = "/award")
    @Mapping(target = "clauseDate", source = "clause.date")
    @Mapping(target = "alternateI", source = "clause.alternateI", defaultValue = "false")
    @Mapping(target = "performanceStart", source = "periodOfPerformance.start")
    @Mapping(target = "performanceEnd", source = "periodOfPerformance.end")
    @Mapping(target = "portions", expression = "java(portions(dto.portions()))")
    Award award(AwardDto dto);

    @Mapping(target = "cots", source = "dto.cots", defaultValue = "false")
    @Mapping(target = "outsideUnitedStates", source = "dto.outsideUnitedStates")
    Portion portion(PortionDto dto, String pointer);

    default List<Portion> portions(List<PortionDto> portions) {
        return indexed(portions, "/award/portions/", this::portion);
    }

    /** Maps each element with the JSON Pointer of its position in the list. */
    static <D, F> List<F> indexed(List<D> elements, String pointerPrefix, BiFunction<D, String, F> mapping) {
        List<F> facts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            facts.add(mapping.apply(elements.get(i), pointerPrefix + i));
        }
        return facts;
    }

    @Mapping(target = "pointer", constant = "/organization")
    Organization organization(OrganizationDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan")
    @Mapping(target = "coveredPortionIds", source = "coveredPortions")
    CompliancePlan plan(CompliancePlanDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan/riskAssessment")
    RiskAssessment riskAssessment(RiskAssessmentDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan/awareness")
    AwarenessProgram awareness(AwarenessDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan/reporting")
    ReportingProcess reporting(ReportingDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan/recruitmentAndWage")
    RecruitmentWagePlan recruitmentAndWage(RecruitmentAndWageDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan/housing")
    HousingPlan housing(HousingDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan/agentsAndSubcontractors")
    SubcontractorProcedures agentsAndSubcontractors(AgentsAndSubcontractorsDto dto);

    @Mapping(target = "pointer", constant = "/compliancePlan/posting")
    Posting posting(PostingDto dto);

    PlanRequest planRequest(PlanRequestDto dto, String pointer);

    default List<PlanRequest> planRequests(List<PlanRequestDto> requests) {
        return indexed(requests, "/compliancePlan/requestsFromContractingOfficer/", this::planRequest);
    }

    @Mapping(target = "signerName", source = "dto.signer.name")
    @Mapping(target = "signerTitle", source = "dto.signer.title")
    @Mapping(target = "compliancePlanImplemented", source = "dto.statements.compliancePlanImplemented")
    @Mapping(target = "monitorDetectTerminate", source = "dto.statements.monitorDetectTerminate")
    @Mapping(target = "coversAgents", source = "dto.statements.coversAgents")
    @Mapping(target = "dueDiligenceOption", source = "dto.dueDiligence.option")
    @Mapping(target = "dueDiligenceDocumented", source = "dto.dueDiligence.documented")
    @Mapping(target = "remedialAndReferralActionsDocumented", source = "dto.dueDiligence.remedialAndReferralActionsDocumented")
    Certification certification(CertificationDto dto, String pointer);

    default List<Certification> certifications(List<CertificationDto> certifications) {
        return indexed(certifications, "/certifications/", this::certification);
    }

    SourceReference source(SourceDto dto);

    default YearMonth clauseDate(String text) {
        return ClauseDate.parse(text);
    }
}
