package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * Which 2 CFR 175 award term an assistance award made on its award date is to carry: Appendix A to Part 175
 * replaced the term of 2 CFR 175.15 by 89 FR 30113 (Apr 22, 2024), effective Oct 1, 2024
 * ({@code rules/reference/clause-editions.csv}).
 */
public final class AwardTermEdition {
    /** The day Appendix A to Part 175 took effect (89 FR 30113). */
    public static final LocalDate APPENDIX_A_EFFECTIVE = LocalDate.of(2024, 10, 1);

    private AwardTermEdition() {
    }

    /** "Appendix A, in effect on the award date 2024-10-01", or the 175.15 term, or both when the date is unknown. */
    public static String of(Award award) {
        LocalDate awarded = award.awardDate();
        if (awarded == null) {
            return "2 CFR 175.15 for awards made before Oct 1, 2024, Appendix A from then; the award date is not given";
        }
        return awarded.isBefore(APPENDIX_A_EFFECTIVE)
                ? "the 2 CFR 175.15 term, in force on the award date " + awarded + "; Appendix A replaced it from Oct 1, 2024"
                : "Appendix A to Part 175, in force on the award date " + awarded;
    }
}
