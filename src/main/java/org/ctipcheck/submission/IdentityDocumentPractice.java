package org.ctipcheck.submission;

/** FAR 52.222-50(b)(4): identity and immigration documents. */
public record IdentityDocumentPractice(
        String pointer,
        Boolean employerHoldsDocuments,
        Boolean voluntaryWrittenConsent,
        Boolean accessOnDemand,
        Boolean policyProhibitsConfiscation,
        SourceReference source) implements DocumentedFact {
}
