package org.ctipcheck.evaluation;

/**
 * Derived by CTIP-CERT-02: annual certifications under 52.222-50(h)(5) are due, and why. FAR 22.1703(c)(2): "Require
 * annual certifications (see 52.222-50(h)(5)) during performance of the contract, when a compliance plan was required
 * at award" - so either today's plan decision requires a plan, or a plan was required at award and a later
 * modification (a de-scoped portion, a newer edition with a higher threshold) does not end the annual certifications.
 */
public record AnnualCertificationsDue(String basis, boolean onlyAtAward) {

    public static final String REQUIREMENT = "CTIP-CERT-02";

    public static AnnualCertificationsDue underPlanDecision() {
        return new AnnualCertificationsDue("a compliance plan is required", false);
    }

    public static AnnualCertificationsDue requiredAtAward(String reason) {
        return new AnnualCertificationsDue("a compliance plan was required at award (" + reason + ")", true);
    }

    /** The checklist entry these certifications decide. */
    public String requirementId() {
        return REQUIREMENT;
    }
}
