package org.ctipcheck.submission;

/** A recruiter or labor broker used for the contract (an agent under FAR 52.222-50(a)). */
public record Recruiter(
        String pointer,
        String name,
        String country,
        Boolean licensed,
        Boolean compliesWithLocalLaw,
        Boolean employeesTrained,
        Boolean agreementIncludesClause) implements Fact {
}
