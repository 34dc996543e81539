package org.ctipcheck.submission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The annual certification schedule: FAR 52.222-50(h)(5) "Annually after receiving an award, the Contractor shall
 * submit a certification", FAR 22.1703(c)(2) "Require annual certifications ... during performance of the contract",
 * 52.222-50(i)(2) "prior to the award of the subcontract and annually thereafter", 22 U.S.C. 7104a(a) for grants.
 *
 * <p>Read as: no more than twelve months may pass between the award and the first annual certification, and between
 * one annual certification and the next [I]. A certification made on the day twelve months after the previous one
 * (or the award) is in time; one made a day later is not. The earlier model (one certification in each award year)
 * let almost two years pass between two certifications (one early in year one, the next late in year two).
 * Twelve months are calendar months: twelve months after 29 February is 28 February.
 */
public final class AnnualCertifications {
    private AnnualCertifications() {
    }

    /** One span of more than twelve months without an annual certification. */
    public record Gap(LocalDate from, boolean fromAward, LocalDate deadline) {
        public String describe() {
            return "no annual certification was made within twelve months of the " + (fromAward ? "award" : "certification")
                    + " of " + from + " (due by " + deadline + ")";
        }
    }

    public static LocalDate firstDue(LocalDate awardDate) {
        return twelveMonthsAfter(awardDate);
    }

    public static LocalDate twelveMonthsAfter(LocalDate date) {
        return date.plusMonths(12);
    }

    /** The first annual certification's deadline has passed on {@code today} (a certification that day is in time). */
    public static boolean due(LocalDate awardDate, LocalDate today) {
        return awardDate != null && firstDue(awardDate).isBefore(today);
    }

    /** The first span, up to {@code today}, in which more than twelve months passed without an annual certification. */
    public static Optional<Gap> firstGap(LocalDate awardDate, Collection<Certification> certifications, LocalDate today) {
        if (awardDate == null) {
            return Optional.empty();
        }
        LocalDate from = awardDate;
        boolean fromAward = true;
        for (LocalDate made : dates(certifications)) {
            if (!made.isAfter(awardDate)) {
                continue;
            }
            if (made.isAfter(twelveMonthsAfter(from))) {
                return Optional.of(new Gap(from, fromAward, twelveMonthsAfter(from)));
            }
            from = made;
            fromAward = false;
        }
        LocalDate deadline = twelveMonthsAfter(from);
        return deadline.isBefore(today) ? Optional.of(new Gap(from, fromAward, deadline)) : Optional.empty();
    }

    /** The deadline of the first gap: the day by which a certification was due and not made. */
    public static Optional<LocalDate> firstLapse(LocalDate awardDate, Collection<Certification> certifications,
            LocalDate today) {
        return firstGap(awardDate, certifications, today).map(Gap::deadline);
    }

    /** The finding's message for the first gap ("" when there is none). */
    public static String lapseDescription(LocalDate awardDate, Collection<Certification> certifications, LocalDate today) {
        return firstGap(awardDate, certifications, today).map(Gap::describe).orElse("");
    }

    /** The dates of the annual certifications, in order: the evidence for a lapse. */
    public static List<LocalDate> dates(Collection<Certification> certifications) {
        return certifications.stream().filter(Certification::annual).map(Certification::date)
                .filter(date -> date != null).sorted().toList();
    }

    public static boolean noneMade(Collection<Certification> certifications) {
        return certifications.stream().noneMatch(Certification::annual);
    }
}
