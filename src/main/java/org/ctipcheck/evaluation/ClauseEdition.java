package org.ctipcheck.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.submission.ClauseDates;

/**
 * One real edition of a clause or award term and the day it took effect, from {@code rules/reference/clause-editions.csv}
 * (each row names the Federal Register rule it was read in). FAR 1.108(d)(1): "FAR changes apply to solicitations
 * issued on or after the effective date of the change"; an edition's date (NOV 2021) may precede its effective date
 * (Dec 6, 2021). Inserted into every evaluation.
 */
public record ClauseEdition(String clause, YearMonth edition, LocalDate effective, Confidence confidence, String source) {

    public static final String CLAUSE_52_222_50 = "52.222-50";

    public String label() {
        return ClauseDates.label(edition);
    }

    public boolean of52_222_50() {
        return CLAUSE_52_222_50.equals(clause);
    }

    /** Whether this edition took effect after {@code day}, so it could not yet be in a contract made that day. */
    public boolean effectiveAfter(LocalDate day) {
        return day != null && effective.isAfter(day);
    }

    /** Whether this edition had taken effect by {@code day}. */
    public boolean effectiveBy(LocalDate day) {
        return day != null && !effective.isAfter(day);
    }

    /** Whether this edition is later than the edition dated {@code other}. */
    public boolean newerThan(YearMonth other) {
        return other != null && edition.isAfter(other);
    }

    /** The labels of the given editions, oldest first: "MAR 2015, JAN 2019, OCT 2020". */
    public static String labels(java.util.Collection<?> editions) {
        return editions.stream().map(ClauseEdition.class::cast).sorted(java.util.Comparator.comparing(ClauseEdition::edition))
                .map(ClauseEdition::label).collect(java.util.stream.Collectors.joining(", "));
    }

    public String describe() {
        return clause + " (" + label() + "), effective " + effective;
    }
}
