package org.ctipcheck.intake;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ctipcheck.submission.*;
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
        CompliancePlanDto plan = dto.compliancePlan() != null ? dto.compliancePlan()
                : new CompliancePlanDto(null, null, null, null, null, null, null, null, null, null, null, null, null);
        boolean hasPlan = dto.compliancePlan() != null;
        return new Submission(award(dto.award()), organization(dto.organization()), hasPlan ? plan(plan) : null,
                riskAssessment(plan.riskAssessment()), awareness(plan.awareness()), reporting(plan.reporting()),
                recruitmentAndWage(plan.recruitmentAndWage()), housing(plan.housing()),
                agentsAndSubcontractors(plan.agentsAndSubcontractors()), posting(plan.posting()),
                planRequests(plan.requestsFromContractingOfficer()), certifications(dto.certifications()),
                assistanceTerms(dto.award().recipient()), workforce(dto.workforce(), plan.housing()), policies(dto.policies()),
                indexed(dto.incidents(), "/incidents/", this::incident),
                indexed(dto.subcontracts(), "/subcontracts/", this::subcontract),
                childLabor(dto.childLabor()), dod(dto.dod()));
    }

    @Mapping(target = "pointer", constant = "/award")
    @Mapping(target = "clauseDate", source = "clause.date")
    @Mapping(target = "alternateI", source = "clause.alternateI", defaultValue = "false")
    @Mapping(target = "performanceStart", source = "periodOfPerformance.start")
    @Mapping(target = "performanceEnd", source = "periodOfPerformance.end")
    @Mapping(target = "portions", expression = "java(portions(dto.portions()))")
    @Mapping(target = "directives", expression = "java(directives(dto))")
    @Mapping(target = "clauseModifications", expression = "java(clauseModifications(dto))")
    @Mapping(target = "parentContract", expression = "java(parentContract(dto.parentContract()))")
    @Mapping(target = "asAwarded", expression = "java(asAwarded(dto.asAwarded()))")
    @Mapping(target = "parentAssistanceAward", expression = "java(parentAssistanceAward(dto.parentAssistanceAward()))")
    Award award(AwardDto dto);

    @Mapping(target = "pointer", constant = "/award/parentAssistanceAward")
    ParentAssistanceAward parentAssistanceAward(ParentAssistanceAwardDto dto);

    default AsAwarded asAwarded(AsAwardedDto dto) {
        return dto == null ? null : new AsAwarded("/award/asAwarded",
                indexed(dto.portions(), "/award/asAwarded/portions/", this::portion), dto.modifiedOn(), dto.modification());
    }

    default List<ClauseModification> clauseModifications(AwardDto dto) {
        return dto.clause() == null ? List.of()
                : indexed(dto.clause().modifications(), "/award/clause/modifications/", this::clauseModification);
    }

    ClauseModification clauseModification(ClauseModificationDto dto, String pointer);

    default ParentContract parentContract(ParentContractDto dto) {
        if (dto == null) {
            return null;
        }
        return new ParentContract("/award/parentContract", dto.id(), dto.awardDate(),
                dto.clause() == null ? null : clauseDate(dto.clause().date()),
                indexed(dto.portions(), "/award/parentContract/portions/", this::portion));
    }

    default List<Directive> directives(AwardDto dto) {
        return dto.clause() == null ? List.of() : indexed(dto.clause().directives(), "/award/clause/directives/", this::directive);
    }

    Directive directive(DirectiveDto dto, String pointer);

    @Mapping(target = "pointer", constant = "/award/recipient")
    @Mapping(target = "recipientType", source = "type")
    AssistanceTerms assistanceTerms(RecipientDto dto);

    /** {@code planHousing}: the plan's housing section, which says whether housing is provided or arranged. */
    default WorkforceFacts workforce(WorkforceDto dto, HousingDto planHousing) {
        if (dto == null) {
            return null;
        }
        RecruitmentDisclosure disclosure = recruitmentDisclosure(dto.recruitmentDisclosure());
        return new WorkforceFacts(workforcePractices(dto), identityDocuments(dto.identityDocuments()),
                indexed(dto.feesChargedToWorkers(), "/workforce/feesChargedToWorkers/", this::feeCharged),
                returnTransportation(dto.returnTransportation()), workDocuments(dto.workDocuments()),
                disclosure == null ? null : disclosure.withHousingPerPlan(planHousing == null ? null : planHousing.providedOrArranged()),
                indexed(dto.recruiters(), "/workforce/recruiters/", this::recruiter),
                conduct(dto.conduct()), housingConditions(dto.housingConditions()));
    }

    @Mapping(target = "pointer", constant = "/workforce")
    WorkforcePractices workforcePractices(WorkforceDto dto);

    @Mapping(target = "pointer", constant = "/workforce/identityDocuments")
    IdentityDocumentPractice identityDocuments(IdentityDocumentsDto dto);

    FeeCharged feeCharged(FeeChargedDto dto, String pointer);

    @Mapping(target = "pointer", constant = "/workforce/returnTransportation")
    ReturnTransportation returnTransportation(ReturnTransportationDto dto);

    @Mapping(target = "pointer", constant = "/workforce/workDocuments")
    WorkDocuments workDocuments(WorkDocumentsDto dto);

    @Mapping(target = "pointer", constant = "/workforce/recruitmentDisclosure")
    @Mapping(target = "housingPerPlan", ignore = true)
    RecruitmentDisclosure recruitmentDisclosure(RecruitmentDisclosureDto dto);

    Recruiter recruiter(RecruiterDto dto, String pointer);

    @Mapping(target = "pointer", constant = "/workforce/conduct")
    ConductPolicy conduct(ConductPolicyDto dto);

    @Mapping(target = "pointer", constant = "/workforce/housingConditions")
    HousingConditions housingConditions(HousingConditionsDto dto);

    default PolicyFacts policies(PoliciesDto dto) {
        if (dto == null) {
            return null;
        }
        return new PolicyFacts(employeeNotice(dto.employeeNotice()), disciplinaryActions(dto.disciplinaryActions()),
                notificationProcedure(dto.notificationProcedure()), cooperation(dto.cooperation()));
    }

    @Mapping(target = "pointer", constant = "/policies/employeeNotice")
    EmployeeNotice employeeNotice(EmployeeNoticeDto dto);

    @Mapping(target = "pointer", constant = "/policies/disciplinaryActions")
    DisciplinaryPolicy disciplinaryActions(DisciplinaryActionsDto dto);

    @Mapping(target = "pointer", constant = "/policies/notificationProcedure")
    NotificationProcedure notificationProcedure(NotificationProcedureDto dto);

    @Mapping(target = "pointer", constant = "/policies/cooperation")
    CooperationCommitments cooperation(CooperationDto dto);

    Incident incident(IncidentDto dto, String pointer);

    Subcontract subcontract(SubcontractDto dto, String pointer);

    default ChildLaborFacts childLabor(ChildLaborDto dto) {
        if (dto == null) {
            return null;
        }
        return new ChildLaborFacts(childLaborCertification(dto),
                indexed(dto.endProducts(), "/childLabor/endProducts/", this::endProduct));
    }

    @Mapping(target = "pointer", constant = "/childLabor")
    ChildLaborCertification childLaborCertification(ChildLaborDto dto);

    EndProduct endProduct(EndProductDto dto, String pointer);

    default DodFacts dod(DodDto dto) {
        if (dto == null) {
            return null;
        }
        return new DodFacts(dodRepresentation(dto.representation()), xuar(dto.xuar()));
    }

    @Mapping(target = "pointer", constant = "/dod/representation")
    DodRepresentation dodRepresentation(DodRepresentationDto dto);

    @Mapping(target = "pointer", constant = "/dod/xuar")
    XuarDiligence xuar(XuarDto dto);

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
    @Mapping(target = "inComplianceWithPlan", source = "dto.statements.inComplianceWithPlan")
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
