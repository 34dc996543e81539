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
        LocalDate awardedOn,
        Boolean clauseFlowedDown,
        Boolean subcontractorHasPlan,
        LocalDate preAwardCertificationOn,
        LocalDate latestAnnualCertificationOn) implements Fact {
}
