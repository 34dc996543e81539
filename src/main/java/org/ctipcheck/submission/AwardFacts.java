package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.util.List;

/**
 * Questions the issue-13 consistency and applicability rules ask of an {@link Award}: its places of performance
 * against the portions' outside-U.S. flags (52.222-50(a) "United States", FAR 2.101 "Outlying areas") and its covered
 * value against a dollar amount a rule names (the candidate thresholds when the clause date is not given).
 */
public final class AwardFacts {
    private AwardFacts() {
    }

    /** The covered value exceeds a dollar amount written in a rule ("700000"). */
    public static boolean coveredValueAbove(Award award, String dollars) {
        return award.coveredValueExceeds(new BigDecimal(dollars));
    }

    /** Places of performance outside the United States (52.222-50(a): the outlying areas are inside). */
    public static List<String> placesOutsideUnitedStates(Award award) {
        return award.placesOfPerformance().stream().filter(place -> !UnitedStates.includes(place)).toList();
    }

    /** Places of performance in an outlying area (FAR 2.101): inside the United States for the clause. */
    public static List<String> placesInOutlyingAreas(Award award) {
        return award.placesOfPerformance().stream().filter(UnitedStates::outlyingArea).toList();
    }

    /** Some place of performance is abroad, yet no portion is flagged as outside the United States. */
    public static boolean performedAbroadWithoutPortionAbroad(Award award) {
        return !placesOutsideUnitedStates(award).isEmpty() && !award.outsideUnitedStates();
    }

    /** A portion is flagged as outside the United States, yet every place of performance given is inside it. */
    public static boolean portionAbroadWithoutPlaceAbroad(Award award) {
        return !award.placesOfPerformance().isEmpty() && placesOutsideUnitedStates(award).isEmpty()
                && award.outsideUnitedStates();
    }
}
