package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The award the submission is for. {@code clauseDate} is the date of the FAR 52.222-50 clause incorporated at award;
 * a modification in {@code clauseModifications} may have replaced it since, and an order without a clause date of its
 * own carries its parent contract's. The edition in effect ({@link #effectiveClauseDate()}), not the evaluation
 * date, decides which dollar threshold binds. {@link #asOf(LocalDate)} leaves out modifications made after the
 * evaluation date: they have not happened yet.
 */
public record Award(
        String pointer,
        String id,
        Instrument instrument,
        String agency,
        LocalDate awardDate,
        YearMonth clauseDate,
        boolean alternateI,
        Boolean solicitationIncludes52_222_56,
        BigDecimal possibleValueOutsideUnitedStates,
        List<Portion> portions,
        List<String> placesOfPerformance,
        LocalDate performanceStart,
        LocalDate performanceEnd,
        Department department,
        List<String> otherClauses,
        Boolean contractRequiresWorkDocuments,
        Boolean lawRequiresWorkDocuments,
        List<Directive> directives,
        LocalDate solicitationDate,
        List<ClauseModification> clauseModifications,
        ParentContract parentContract,
        AsAwarded asAwarded,
        ParentAssistanceAward parentAssistanceAward) implements Fact {

    /** An award whose portions were not changed since it was made. */
    public Award(String pointer, String id, Instrument instrument, String agency, LocalDate awardDate, YearMonth clauseDate,
            boolean alternateI, Boolean solicitationIncludes52_222_56, BigDecimal possibleValueOutsideUnitedStates,
            List<Portion> portions, List<String> placesOfPerformance, LocalDate performanceStart, LocalDate performanceEnd,
            Department department, List<String> otherClauses, Boolean contractRequiresWorkDocuments,
            Boolean lawRequiresWorkDocuments, List<Directive> directives, LocalDate solicitationDate,
            List<ClauseModification> clauseModifications, ParentContract parentContract) {
        this(pointer, id, instrument, agency, awardDate, clauseDate, alternateI, solicitationIncludes52_222_56,
                possibleValueOutsideUnitedStates, portions, placesOfPerformance, performanceStart, performanceEnd, department,
                otherClauses, contractRequiresWorkDocuments, lawRequiresWorkDocuments, directives, solicitationDate,
                clauseModifications, parentContract, null, null);
    }

    public Award {
        portions = List.copyOf(portions);
        clauseModifications = clauseModifications == null ? List.of() : List.copyOf(clauseModifications);
        placesOfPerformance = List.copyOf(placesOfPerformance);
        otherClauses = otherClauses == null ? List.of() : List.copyOf(otherClauses);
        directives = directives == null ? List.of() : List.copyOf(directives);
    }

    /** Whether the contract incorporates a clause or provision, by number ("52.222-19", "252.225-7060"), dated or not. */
    public boolean hasClause(String number) {
        return otherClauses.stream().map(OtherClause::parse).anyMatch(clause -> clause != null && clause.is(number));
    }

    /** The clause date given with another clause ("252.225-7060 (JUN 2023)"), or null when it is listed without one. */
    public YearMonth otherClauseDate(String number) {
        return otherClauses.stream().map(OtherClause::parse).filter(clause -> clause != null && clause.is(number))
                .map(OtherClause::date).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The day that decides which edition of a clause the contract should carry (FAR 1.108(d)(1)-(2)): the solicitation
     * date, else the award date.
     */
    public LocalDate editionSelectionDate() {
        return solicitationDate != null ? solicitationDate : awardDate;
    }

    public boolean defense() {
        return department == Department.DOD;
    }

    public boolean usaid() {
        return department == Department.USAID;
    }

    /** Outside-U.S. services only: the statutory grant test of 22 U.S.C. 7104a(a) ignores supplies. */
    public BigDecimal servicesOutsideUnitedStates() {
        return portions.stream()
                .filter(p -> p.outsideUnitedStates() && p.kind() == PortionKind.SERVICES && p.valueKnown())
                .map(Portion::estimatedValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean outsideUnitedStates() {
        return portions.stream().anyMatch(Portion::outsideUnitedStates);
    }

    /**
     * Governed by the assistance framework, not by the FAR: a grant or cooperative agreement, or a contract a recipient
     * awarded under one (not a Federal contract, so FAR 52.222-50 does not apply to it either).
     */
    public boolean assistance() {
        return instrument.isAssistance() || recipientContract();
    }

    /** A contract awarded by a grant or cooperative agreement recipient for its award (the parent award is given). */
    public boolean recipientContract() {
        return instrument == Instrument.RECIPIENT_CONTRACT;
    }

    public boolean clauseDateKnown() {
        return effectiveClauseDate() != null;
    }

    /** True when the clause in effect is dated in or after the given month, written {@code yyyy-MM}. */
    public boolean clauseOnOrAfter(String yearMonth) {
        YearMonth effective = effectiveClauseDate();
        return effective != null && !effective.isBefore(YearMonth.parse(yearMonth));
    }

    /** The 52.222-50 edition in effect: the latest modification's, else the one at award, else the parent contract's. */
    public YearMonth effectiveClauseDate() {
        ClauseModification latest = latestModification();
        if (latest != null) {
            return latest.clauseDate();
        }
        return clauseDate != null || parentContract == null ? clauseDate : parentContract.clauseDate();
    }

    /** The day the edition in effect was incorporated: the modification's date, else the (parent's) award date. */
    public LocalDate clauseIncorporatedOn() {
        ClauseModification latest = latestModification();
        if (latest != null) {
            return latest.date();
        }
        return clauseDate != null || parentContract == null ? awardDate : parentContract.awardDate();
    }

    /** Where the edition in effect was read: the modification, the award's clause or the parent contract's clause. */
    public String clauseSource() {
        ClauseModification latest = latestModification();
        if (latest != null) {
            return latest.pointer() + "/clauseDate";
        }
        return clauseDate != null || parentContract == null ? pointer() + "/clause/date" : parentContract.pointer() + "/clause/date";
    }

    private ClauseModification latestModification() {
        return clauseModifications.stream().filter(m -> m.date() != null && m.clauseDate() != null)
                .max(java.util.Comparator.comparing(ClauseModification::date)).orElse(null);
    }

    /**
     * This award as known on {@code day}: modifications made after it have not happened and are left out; portions
     * changed by a modification made after it are still the portions as awarded.
     */
    public Award asOf(LocalDate day) {
        List<ClauseModification> made = clauseModifications.stream().filter(m -> m.madeBy(day)).toList();
        boolean portionsNotYetModified = asAwarded != null && asAwarded.modifiedAfter(day);
        if (made.size() == clauseModifications.size() && !portionsNotYetModified) {
            return this;
        }
        return new Award(pointer, id, instrument, agency, awardDate, clauseDate, alternateI, solicitationIncludes52_222_56,
                possibleValueOutsideUnitedStates, portionsNotYetModified ? asAwarded.portions() : portions, placesOfPerformance,
                performanceStart, performanceEnd, department, otherClauses, contractRequiresWorkDocuments, lawRequiresWorkDocuments,
                directives, solicitationDate, made, parentContract, portionsNotYetModified ? null : asAwarded, parentAssistanceAward);
    }

    /** The 52.222-50 edition at award (FAR 22.1703(c)(2)): the award's own clause, else, for an order, the parent's. */
    public YearMonth clauseDateAtAward() {
        return clauseDate != null || parentContract == null ? clauseDate : parentContract.clauseDate();
    }

    /** True when the clause at award is dated in or after the given month, written {@code yyyy-MM}. */
    public boolean clauseAtAwardOnOrAfter(String yearMonth) {
        YearMonth atAward = clauseDateAtAward();
        return atAward != null && !atAward.isBefore(YearMonth.parse(yearMonth));
    }

    public String clauseAtAwardLabel() {
        return ClauseDates.label(clauseDateAtAward());
    }

    /** What the threshold at award is measured on: the parent's portions for an order, else the portions as awarded. */
    public CoveredValue valueAtAward() {
        if (measuredOnParentContract()) {
            return parentContract.coveredValue();
        }
        return new CoveredValue(asAwarded != null ? asAwarded.portions() : portions);
    }

    /**
     * The FAR 52.222-50(h)(1)(ii) threshold of the clause at award, from a table the rule writes as
     * {@code "2015-03=500000, 2020-10=550000, 2025-10=700000"}: each edition from that month binds that amount; an edition
     * before the first month has no paragraph (h). Null when the clause at award is unknown or has no paragraph (h).
     */
    public BigDecimal thresholdAtAward(String table) {
        YearMonth atAward = clauseDateAtAward();
        if (assistance() || atAward == null) {
            return null;
        }
        BigDecimal threshold = null;
        for (String row : table.split(",")) {
            String[] fromAndAmount = row.strip().split("=");
            if (!atAward.isBefore(YearMonth.parse(fromAndAmount[0].strip()))) {
                threshold = new BigDecimal(fromAndAmount[1].strip());
            }
        }
        return threshold;
    }

    /** FAR 22.1703(c)(2): a compliance plan was required at award (the value at award exceeded the threshold at award). */
    public boolean planRequiredAtAward(String table) {
        BigDecimal threshold = thresholdAtAward(table);
        return threshold != null && valueAtAward().exceeds(threshold);
    }

    /** Whether a modification has changed the portions since the award (and had been made by the evaluation date). */
    public boolean portionsModifiedSinceAward() {
        return asAwarded != null;
    }

    /** Why the plan requirement at award differs from today's: the modifications since the award, in words. */
    public String changesSinceAward() {
        List<String> changes = new java.util.ArrayList<>();
        if (asAwarded != null) {
            changes.add(asAwarded.describeModification() + " changed the portions (now " + measuredValue().describe() + ")");
        }
        ClauseModification latest = latestModification();
        if (latest != null) {
            changes.add(latest.describe() + " incorporated 52.222-50 (" + latest.clauseLabel() + ")");
        }
        return changes.isEmpty() ? "the facts given today decide otherwise" : String.join("; ", changes);
    }

    /** A task or delivery order. */
    public boolean order() {
        return instrument == Instrument.TASK_ORDER || instrument == Instrument.DELIVERY_ORDER;
    }

    /** An order whose parent contract's portions are given: the threshold is measured on the parent contract. */
    public boolean measuredOnParentContract() {
        return order() && parentContract != null && parentContract.valued();
    }

    /** What the threshold is measured on: the parent contract's portions for an order under one, else this award's. */
    public CoveredValue measuredValue() {
        return measuredOnParentContract() ? parentContract.coveredValue() : new CoveredValue(portions);
    }

    public boolean performanceBeforeAward() {
        return performanceStart != null && awardDate != null && performanceStart.isBefore(awardDate);
    }

    public boolean awardedOnOrAfter(String isoDate) {
        return awardDate != null && !awardDate.isBefore(LocalDate.parse(isoDate));
    }

    public String clauseLabel() {
        return ClauseDates.label(effectiveClauseDate());
    }

    public List<Portion> coveredPortions() {
        return portions.stream().filter(Portion::covered).collect(Collectors.toList());
    }

    public boolean coveredValuesKnown() {
        return measuredValue().known();
    }

    public Portion firstCoveredPortionWithoutValue() {
        return measuredValue().firstWithoutValue();
    }

    /** Final anticipated value (FAR 1.108(c)) of non-COTS supplies acquired and services performed outside the United States. */
    public BigDecimal coveredValue() {
        return measuredValue().total();
    }

    public boolean coveredValueExceeds(BigDecimal threshold) {
        return measuredValue().exceeds(threshold);
    }

    public String coveredValueDescription() {
        String description = measuredValue().describe();
        return measuredOnParentContract() ? "parent contract " + parentContract.id() + ": " + description : description;
    }

    /** The plan decision's reason: the covered value compared with the threshold of the clause edition. */
    public String thresholdComparison(BigDecimal threshold, String edition) {
        if (measuredValue().covered().isEmpty()) {
            return (measuredOnParentContract() ? "under parent contract " + parentContract.id() + ", " : "")
                    + "no supplies (other than COTS items) are acquired and no services are performed outside the United States"
                    + " (threshold of the " + edition + " clause: " + Money.format(threshold) + ")";
        }
        String comparison = coveredValueExceeds(threshold) ? " > " : " \u2264 ";
        return coveredValueDescription() + comparison + Money.format(threshold) + " threshold of the " + edition + " clause";
    }

    /** FAR 52.222-50(b)(9) "If required by law or contract": the contract or a law requires written work documents. */
    public boolean workDocumentsRequired() {
        return Boolean.TRUE.equals(contractRequiresWorkDocuments) || Boolean.TRUE.equals(lawRequiresWorkDocuments);
    }

    /** Neither the contract nor a law is stated to require them, and at least one of the two is not stated. */
    public boolean workDocumentsRequirementUnknown() {
        return !workDocumentsRequired() && (contractRequiresWorkDocuments == null || lawRequiresWorkDocuments == null);
    }

    /** Both the contract and the law are stated not to require them. */
    public boolean workDocumentsNotRequired() {
        return Boolean.FALSE.equals(contractRequiresWorkDocuments) && Boolean.FALSE.equals(lawRequiresWorkDocuments);
    }

    public boolean performanceStarted(LocalDate today) {
        return performanceStart != null && !performanceStart.isAfter(today);
    }
}
