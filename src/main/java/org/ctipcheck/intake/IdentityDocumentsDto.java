package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Custody of identity and immigration documents (FAR 52.222-50(b)(4)).")
public record IdentityDocumentsDto(
        @Description("The employer, a recruiter or a subcontractor holds workers' passports, residence permits or other identity documents.") Boolean employerHoldsDocuments,
        @Description("Safekeeping is voluntary, with the worker's written consent.") Boolean voluntaryWrittenConsent,
        @Description("Workers get their documents back on demand, without conditions.") Boolean accessOnDemand,
        @Description("A written policy prohibits destroying, concealing, confiscating or denying access to documents.") Boolean policyProhibitsConfiscation,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
