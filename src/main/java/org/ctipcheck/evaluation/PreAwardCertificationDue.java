package org.ctipcheck.evaluation;

/**
 * Derived by CTIP-CERT-01: a certification is due before award, and to whom. A prime certifies to the contracting
 * officer when the solicitation contains 52.222-56 ((b): "The apparent successful Offeror shall submit, prior to
 * award, a certification"); a subcontractor certifies to the prime under 52.222-50(i)(2) "prior to the award of the
 * subcontract", whatever the Government's solicitation held.
 */
public record PreAwardCertificationDue(String recipient, String basis) {

    public static PreAwardCertificationDue toContractingOfficer() {
        return new PreAwardCertificationDue("the contracting officer", "the solicitation contains 52.222-56");
    }

    public static PreAwardCertificationDue toPrime() {
        return new PreAwardCertificationDue("the prime contractor",
                "a subcontractor certifies to the prime before the subcontract is awarded (52.222-50(i)(2))");
    }
}
