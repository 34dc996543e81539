package org.ctipcheck.submission;

/** What a party in an attestation does for the contractor: supplies goods, performs work, or recruits workers. */
public enum SupplierRole {
    SUPPLIER, SUBCONTRACTOR, LABOR_RECRUITER;

    public boolean recruiter() {
        return this == LABOR_RECRUITER;
    }
}
