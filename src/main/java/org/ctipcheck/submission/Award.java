package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The award the submission is for. {@code clauseDate} is the date of the FAR 52.222-50 clause actually
 * incorporated in the contract: it, not the evaluation date, decides which dollar threshold binds.
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
        List<Directive> directives) implements Fact {

    public Award {
        portions = List.copyOf(portions);
        placesOfPerformance = List.copyOf(placesOfPerformance);
        otherClauses = otherClauses == null ? List.of() : List.copyOf(otherClauses);
        directives = directives == null ? List.of() : List.copyOf(directives);
    }

    /** Whether the contract incorporates a clause or provision, by number ("52.222-19", "252.225-7060"). */
    public boolean hasClause(String number) {
        return otherClauses.stream().anyMatch(clause -> clause.strip().equalsIgnoreCase(number));
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

    public boolean assistance() {
        return instrument.isAssistance();
    }

    public boolean clauseDateKnown() {
        return clauseDate != null;
    }

    /** True when the incorporated clause is dated in or after the given month, written {@code yyyy-MM}. */
    public boolean clauseOnOrAfter(String yearMonth) {
        return clauseDate != null && !clauseDate.isBefore(YearMonth.parse(yearMonth));
    }

    public boolean awardedOnOrAfter(String isoDate) {
        return awardDate != null && !awardDate.isBefore(LocalDate.parse(isoDate));
    }

    public String clauseLabel() {
        return ClauseDates.label(clauseDate);
    }

    public List<Portion> coveredPortions() {
        return portions.stream().filter(Portion::covered).collect(Collectors.toList());
    }

    public boolean coveredValuesKnown() {
        return coveredPortions().stream().allMatch(Portion::valueKnown);
    }

    public Portion firstCoveredPortionWithoutValue() {
        return coveredPortions().stream().filter(p -> !p.valueKnown()).findFirst().orElse(null);
    }

    /** Estimated value of non-COTS supplies acquired and services performed outside the United States. */
    public BigDecimal coveredValue() {
        return coveredPortions().stream()
                .map(Portion::estimatedValue)
                .filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean coveredValueExceeds(BigDecimal threshold) {
        return coveredValue().compareTo(threshold) > 0;
    }

    public String coveredValueDescription() {
        List<Portion> covered = coveredPortions();
        if (covered.isEmpty()) {
            return "no supplies (other than COTS items) acquired or services performed outside the United States";
        }
        String parts = covered.stream().map(Portion::describe).collect(Collectors.joining(" + "));
        return covered.size() == 1
                ? "outside-U.S. portion " + parts
                : "outside-U.S. portions " + parts + " = " + Money.format(coveredValue());
    }

    /** The plan decision's reason: the covered value compared with the threshold of the clause edition. */
    public String thresholdComparison(BigDecimal threshold, String edition) {
        if (coveredPortions().isEmpty()) {
            return "no supplies (other than COTS items) are acquired and no services are performed outside the United States"
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
