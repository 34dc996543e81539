package org.ctipcheck.submission;

import java.math.BigDecimal;

/**
 * FAR 22.1705(b): "Insert the provision at 52.222-56 ... in solicitations if (1) It is possible that at least
 * [the threshold] of the value of the contract may be performed outside the United States; and (2) The acquisition
 * is not entirely for commercially available off-the-shelf items." "At least" includes the threshold itself, and
 * "may be" is what is possible, not what is estimated: the outside-U.S. portions of every kind, or the larger value
 * the submission says may possibly be performed outside the United States.
 */
public final class CertificationProvision {
    private CertificationProvision() {
    }

    /**
     * The value that may be performed outside the United States: the larger of the stated possible value and the
     * portions' sum, each portion with its options or ceiling (FAR 1.108(c)); for an order placed under a contract the
     * submission describes, the contract's portions, as the solicitation that carried the provision was the contract's.
     */
    public static BigDecimal possiblyOutside(Award award) {
        BigDecimal portions = measuredPortions(award).stream()
                .filter(p -> p.outsideUnitedStates() && p.valueKnown())
                .map(Portion::anticipatedValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stated = award.possibleValueOutsideUnitedStates();
        return stated != null && stated.compareTo(portions) > 0 ? stated : portions;
    }

    private static java.util.List<Portion> measuredPortions(Award award) {
        return award.measuredOnParentContract() ? award.parentContract().portions() : award.portions();
    }

    /** (b)(2): every portion is a COTS supply. */
    public static boolean entirelyCots(Award award) {
        return !measuredPortions(award).isEmpty()
                && measuredPortions(award).stream().allMatch(p -> p.kind() == PortionKind.SUPPLIES && p.cots());
    }

    public static boolean prescribed(Award award, BigDecimal threshold) {
        return !entirelyCots(award) && possiblyOutside(award).compareTo(threshold) >= 0;
    }

    /** Decided not prescribed: entirely COTS, or every outside value known (or a possible value stated) and below the threshold. */
    public static boolean notPrescribed(Award award, BigDecimal threshold) {
        return entirelyCots(award) || (!prescribed(award, threshold) && !outsideValueIncomplete(award));
    }

    public static boolean undecided(Award award, BigDecimal threshold) {
        return !prescribed(award, threshold) && !notPrescribed(award, threshold);
    }

    private static boolean outsideValueIncomplete(Award award) {
        return award.possibleValueOutsideUnitedStates() == null
                && measuredPortions(award).stream().anyMatch(p -> p.outsideUnitedStates() && !p.valueKnown());
    }

    /** "$550,000 or more may be performed outside the United States ($18,400,000 ≥ $550,000 ...)" for messages. */
    public static String reason(Award award, BigDecimal threshold, String edition) {
        if (entirelyCots(award)) {
            return "the acquisition is entirely for commercially available off-the-shelf items";
        }
        String comparison = possiblyOutside(award).compareTo(threshold) >= 0 ? " \u2265 " : " < ";
        return Money.format(possiblyOutside(award)) + " may be performed outside the United States" + comparison
                + Money.format(threshold) + " (the threshold of the " + edition + " clause)";
    }
}
