package org.ctipcheck.submission;

import java.util.List;

/** The attested workforce and recruitment practices: the evidence for FAR 52.222-50(b). */
public record WorkforceFacts(
        WorkforcePractices practices,
        IdentityDocumentPractice identityDocuments,
        List<FeeCharged> feesChargedToWorkers,
        ReturnTransportation returnTransportation,
        WorkDocuments workDocuments,
        RecruitmentDisclosure recruitmentDisclosure,
        List<Recruiter> recruiters,
        ConductPolicy conduct,
        HousingConditions housingConditions) implements FactGroup {

    public WorkforceFacts {
        feesChargedToWorkers = feesChargedToWorkers == null ? List.of() : List.copyOf(feesChargedToWorkers);
        recruiters = recruiters == null ? List.of() : List.copyOf(recruiters);
    }

    @Override
    public List<Object> facts() {
        return FactGroup.present(practices, identityDocuments, feesChargedToWorkers, returnTransportation, workDocuments,
                recruitmentDisclosure, recruiters, conduct, housingConditions);
    }
}
