package org.ctipcheck.submission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The (h)(5) schedule: a certification is due every twelve months after award. The clause fixes no anchor
 * (requirements catalog, open question 4); this uses the award anniversary, which implementers commonly use.
 * A lapse is the first anniversary by which no certification had been made within the preceding year.
 */
public final class AnnualCertifications {
    private AnnualCertifications() {
    }

    public static LocalDate firstDue(LocalDate awardDate) {
        return awardDate.plusYears(1);
    }

    public static boolean due(LocalDate awardDate, LocalDate today) {
        return awardDate != null && !firstDue(awardDate).isAfter(today);
    }

    /** The first anniversary on or before {@code today} not covered by a certification in the year before it. */
    public static Optional<LocalDate> firstLapse(LocalDate awardDate, Collection<Certification> certifications,
            LocalDate today) {
        if (!due(awardDate, today)) {
            return Optional.empty();
        }
        List<LocalDate> dates = certifications.stream()
                .filter(Certification::annual)
                .map(Certification::date)
                .filter(date -> date != null)
                .sorted()
                .toList();
        // Each anniversary is counted from the award date itself: stepping from the previous anniversary would
        // carry Feb 28 forward after an award on Feb 29 and miss the anniversary in later leap years.
        for (int year = 1; !awardDate.plusYears(year).isAfter(today); year++) {
            LocalDate windowStart = awardDate.plusYears(year - 1);
            LocalDate deadline = awardDate.plusYears(year);
            boolean covered = dates.stream().anyMatch(d -> d.isAfter(windowStart) && !d.isAfter(deadline));
            if (!covered) {
                return Optional.of(deadline);
            }
        }
        return Optional.empty();
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
