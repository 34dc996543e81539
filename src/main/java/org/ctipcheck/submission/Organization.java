package org.ctipcheck.submission;

public record Organization(String pointer, String legalName, String uei, String country, OrganizationRole role)
        implements Fact {

    /**
     * A subcontractor submitting its own plan and certifications: under FAR 52.222-50(i)(2) it certifies to the prime
     * "prior to the award of the subcontract and annually thereafter", whatever the Government's solicitation held.
     */
    public boolean subcontractor() {
        return role == OrganizationRole.SUBCONTRACTOR;
    }
}
