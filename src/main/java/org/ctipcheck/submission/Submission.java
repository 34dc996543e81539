package org.ctipcheck.submission;

import java.time.LocalDate;
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

    /**
     * This submission as it stood on {@code day}: certifications, incidents and clause modifications dated after it are
     * left out, and notices or reports an incident records after it are not yet given (see {@link #notYetHappened}).
     */
    public Submission asOf(LocalDate day) {
        List<Certification> madeBy = certifications.stream().filter(c -> c.date() == null || !c.date().isAfter(day)).toList();
        List<Incident> known = incidents.stream().filter(i -> i.receivedOn() == null || !i.receivedOn().isAfter(day))
                .map(i -> i.asOf(day)).toList();
        return new Submission(award.asOf(day), organization, compliancePlan, riskAssessment, awareness, reporting,
                recruitmentAndWage, housing, agentsAndSubcontractors, posting, planRequests, madeBy, assistanceTerms,
                workforce, policies, known, subcontracts, childLabor, dod);
    }

    /** What {@link #asOf(LocalDate)} leaves out or treats as not yet done, one note each. */
    public List<NotYetHappened> notYetHappened(LocalDate day) {
        List<NotYetHappened> later = new ArrayList<>();
        for (ClauseModification modification : award.clauseModifications()) {
            if (modification.date() != null && modification.date().isAfter(day)) {
                later.add(new NotYetHappened(modification.pointer() + "/date", modification.date(),
                        "the 52.222-50 " + modification.clauseLabel() + " clause modification"));
            }
        }
        for (Certification certification : certifications) {
            if (certification.date() != null && certification.date().isAfter(day)) {
                later.add(new NotYetHappened(certification.pointer() + "/date", certification.date(),
                        "the " + certification.type().name().toLowerCase().replace('_', '-') + " certification"));
            }
        }
        for (Incident incident : incidents) {
            later.addAll(incident.notYetHappened(day));
        }
        return List.copyOf(later);
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
