package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One award and what the implementer submits for it, as facts. Sections of the plan are null when the
 * submission leaves them out; rules treat an absent section as "the plan does not address this".
 */
public record Submission(
        Award award,
        Organization organization,
        CompliancePlan compliancePlan,
        RiskAssessment riskAssessment,
        AwarenessProgram awareness,
        ReportingProcess reporting,
        RecruitmentWagePlan recruitmentAndWage,
        HousingPlan housing,
        SubcontractorProcedures agentsAndSubcontractors,
        Posting posting,
        List<PlanRequest> planRequests,
        List<Certification> certifications,
        AssistanceTerms assistanceTerms,
        WorkforceFacts workforce,
        PolicyFacts policies,
        List<Incident> incidents,
        List<Subcontract> subcontracts,
        ChildLaborFacts childLabor,
        DodFacts dod) {

    public Submission {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(organization, "organization");
        planRequests = List.copyOf(planRequests);
        certifications = List.copyOf(certifications);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        subcontracts = subcontracts == null ? List.of() : List.copyOf(subcontracts);
    }

    /** Every fact to put in working memory; the award's portions go in one by one so rules can join on them. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(award);
        facts.addAll(award.portions());
        facts.add(organization);
        addIfPresent(facts, compliancePlan, riskAssessment, awareness, reporting, recruitmentAndWage, housing,
                agentsAndSubcontractors, posting);
        facts.addAll(planRequests);
        facts.addAll(certifications);
        facts.addAll(award.directives());
        facts.addAll(FactGroup.present(assistanceTerms, workforce, policies, incidents, subcontracts, childLabor, dod));
        return facts;
    }

    private static void addIfPresent(List<Object> facts, Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate != null) {
                facts.add(candidate);
            }
        }
    }
}
