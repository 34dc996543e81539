package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** For grants and cooperative agreements: the recipient and the 2 CFR 175 award term (Appendix A). */
public record AssistanceTerms(
        String pointer,
        RecipientType recipientType,
        Boolean fundsMayFlowToPrivateSubrecipients,
        Boolean awardTermIncluded,
        Boolean subawardsIncludeAwardTerm,
        Boolean hasSubawards) implements Fact {

    /**
     * 22 U.S.C. 7104a(a): certification and plan when the estimated value of services required to be performed
     * outside the United States exceeds $500,000. A statutory figure, not adjusted for inflation by the FAR.
     */
    public static final BigDecimal SERVICES_THRESHOLD = new BigDecimal("500000");

    /** 2 CFR 175.200(a)(1)-(2): the term is required for private entities, and for others when funds may reach one. */
    public boolean awardTermRequired() {
        return recipientType == RecipientType.PRIVATE_ENTITY || Boolean.TRUE.equals(fundsMayFlowToPrivateSubrecipients);
    }

    /** The outside-U.S. services of a grant exceed $500,000 (portions of unknown value not counted). */
    public static boolean certificationTriggered(Award award) {
        return aboveServicesThreshold(award.servicesOutsideUnitedStates());
    }

    /** Not triggered by the known values, but an outside-U.S. services portion has no value, so it may be. */
    public static boolean triggerUndecided(Award award) {
        return !certificationTriggered(award) && award.portions().stream()
                .anyMatch(p -> p.outsideUnitedStates() && p.kind() == PortionKind.SERVICES && !p.valueKnown());
    }

    /** Decided and not triggered: every outside-U.S. services portion is valued and they total $500,000 or less. */
    public static boolean certificationNotTriggered(Award award) {
        return !certificationTriggered(award) && !triggerUndecided(award);
    }

    public static boolean aboveServicesThreshold(BigDecimal value) {
        return value != null && value.compareTo(SERVICES_THRESHOLD) > 0;
    }

    /**
     * Legacy USAID awards: a subaward or subcontract is covered when the services it performs outside the United States
     * exceed $500,000. Supplies never count (the test of 22 U.S.C. 7104a(a) is "the estimated value of the services").
     */
    public static boolean subCovered(Subcontract sub) {
        return aboveServicesThreshold(sub.servicesValueOutsideUnitedStates());
    }

    /** Its services value is not given, and its outside-U.S. value (supplies and services) does not rule coverage out. */
    public static boolean subCoverageUndecided(Subcontract sub) {
        return sub.servicesValueOutsideUnitedStates() == null
                && (sub.coveredValue() == null || aboveServicesThreshold(sub.coveredValue()));
    }

    /** "$812,000 of services outside the United States" for messages. */
    public static String servicesDescription(Award award) {
        return Money.format(award.servicesOutsideUnitedStates()) + " of services to be performed outside the United States";
    }

    /**
     * A subaward or subcontract awarded at least a year ago whose latest annual certification is missing or more
     * than twelve months old on {@code today}.
     */
    public static boolean subAnnualCertificationOverdue(Subcontract sub, LocalDate today) {
        if (sub.awardedOn() == null || sub.awardedOn().plusYears(1).isAfter(today)) {
            return false;
        }
        LocalDate latest = sub.latestAnnualCertificationOn();
        return latest == null || latest.plusYears(1).isBefore(today);
    }

    /** None of the given subcontracts (other objects are ignored) has an overdue annual certification. */
    public static boolean noSubAnnualCertificationOverdue(java.util.Collection<?> subs, LocalDate today) {
        return subs.stream().filter(Subcontract.class::isInstance).map(Subcontract.class::cast)
                .noneMatch(sub -> subAnnualCertificationOverdue(sub, today));
    }
}
