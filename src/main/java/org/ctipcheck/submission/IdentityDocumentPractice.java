package org.ctipcheck.submission;

/** FAR 52.222-50(b)(4): identity and immigration documents. */
public record IdentityDocumentPractice(
        String pointer,
        Boolean employerHoldsDocuments,
        Boolean voluntaryWrittenConsent,
        Boolean accessOnDemand,
        Boolean policyProhibitsConfiscation,
        SourceReference source) implements DocumentedFact {

    /** The employer holds workers' documents without both voluntary written consent and access on demand. */
    public boolean holdsWithoutSafeguards() {
        return Boolean.TRUE.equals(employerHoldsDocuments)
                && !(Boolean.TRUE.equals(voluntaryWrittenConsent) && Boolean.TRUE.equals(accessOnDemand));
    }

    /** Workers keep their documents, or the employer keeps them only with written consent and access on demand. */
    public boolean custodyLawful() {
        return Boolean.FALSE.equals(employerHoldsDocuments) || (Boolean.TRUE.equals(employerHoldsDocuments) && !holdsWithoutSafeguards());
    }

    public boolean prohibitsConfiscation() {
        return Boolean.TRUE.equals(policyProhibitsConfiscation);
    }
}
