package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A subcontract or agent agreement (FAR 52.222-50(i)). */
public record Subcontract(
        String pointer,
        String id,
        String party,
        SubcontractKind kind,
        Integer tier,
        BigDecimal value,
        BigDecimal coveredValue,
        BigDecimal servicesValueOutsideUnitedStates,
        LocalDate awardedOn,
        Boolean clauseFlowedDown,
        Boolean subcontractorHasPlan,
        LocalDate preAwardCertificationOn,
        LocalDate latestAnnualCertificationOn) implements Fact {

    public boolean agent() {
        return kind == SubcontractKind.AGENT_AGREEMENT;
    }

    /** "subcontract MGB-SC-011 (Gulf Scaffold Co. W.L.L.)" or "agent agreement ...". */
    public String describe() {
        return (agent() ? "agent agreement " : "subcontract ") + id + " (" + party + ")";
    }

    public boolean coveredValueKnown() {
        return coveredValue != null;
    }

    /** FAR 52.222-50(i)(1)(i): paragraph (h) applies when the covered portion exceeds the prime clause's threshold. */
    public boolean coveredAbove(BigDecimal threshold) {
        return coveredValue != null && threshold != null && coveredValue.compareTo(threshold) > 0;
    }

    /** Certified before (or on the day of) the subcontract award. */
    public boolean certifiedBeforeAward() {
        return preAwardCertificationOn != null && awardedOn != null && !preAwardCertificationOn.isAfter(awardedOn);
    }

    /**
     * The annual certification has lapsed when more than twelve months have passed since the latest one, or,
     * before the first, since the subcontract award.
     */
    public boolean annualCertificationLapsed(LocalDate today) {
        LocalDate last = latestAnnualCertificationOn != null ? latestAnnualCertificationOn : awardedOn;
        return last != null && today.isAfter(last.plusYears(1));
    }

    public LocalDate annualCertificationDueBy() {
        LocalDate last = latestAnnualCertificationOn != null ? latestAnnualCertificationOn : awardedOn;
        return last == null ? null : last.plusYears(1);
    }

    public boolean clauseIncluded() {
        return Boolean.TRUE.equals(clauseFlowedDown);
    }

    public boolean clauseMissing() {
        return Boolean.FALSE.equals(clauseFlowedDown);
    }

    public boolean planConfirmed() {
        return Boolean.TRUE.equals(subcontractorHasPlan);
    }

    public boolean planMissing() {
        return Boolean.FALSE.equals(subcontractorHasPlan);
    }

    public boolean awardDateKnown() {
        return awardedOn != null;
    }

    /** No certification before award: none at all, or one dated after the subcontract award. */
    public boolean preAwardCertificationMissing() {
        return preAwardCertificationOn == null || awardedOn != null && preAwardCertificationOn.isAfter(awardedOn);
    }
}
