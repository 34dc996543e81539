package org.ctipcheck.submission;

/** FAR 52.222-18/-19 (E.O. 13126): forced or indentured child labor. */
public record ChildLaborCertification(
        String pointer,
        Boolean solicitationIncludes52_222_18,
        Boolean solicitationIncludes52_212_3i,
        ChildLaborOption option,
        Boolean goodFaithEffortDocumented,
        Boolean cooperationCommitted,
        SourceReference source) implements DocumentedFact {

    /**
     * FAR 52.222-19(b): "If the solicitation includes the provision 52.222-18 ... or the equivalent at 52.212-3(i), the
     * Contractor agrees to cooperate fully": the duty exists only when the solicitation had one of the two.
     */
    public boolean cooperationDutyApplies() {
        return Boolean.TRUE.equals(solicitationIncludes52_222_18) || Boolean.TRUE.equals(solicitationIncludes52_212_3i);
    }

    /** The submission states that the solicitation had neither 52.222-18 nor 52.212-3(i). */
    public boolean solicitationLacksBothProvisions() {
        return Boolean.FALSE.equals(solicitationIncludes52_222_18) && Boolean.FALSE.equals(solicitationIncludes52_212_3i);
    }

    /** (c)(1): the offeror certified it will not supply a listed end product from the listed country. */
    public boolean willNotSupplyListed() {
        return option == ChildLaborOption.WILL_NOT_SUPPLY_LISTED_PRODUCTS;
    }

    /** (c)(2) with the good-faith effort documented. */
    public boolean goodFaithCertified() {
        return option == ChildLaborOption.MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT && Boolean.TRUE.equals(goodFaithEffortDocumented);
    }

    /** (c)(2) without a documented good-faith effort. */
    public boolean goodFaithUndocumented() {
        return option == ChildLaborOption.MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT && !Boolean.TRUE.equals(goodFaithEffortDocumented);
    }
}
