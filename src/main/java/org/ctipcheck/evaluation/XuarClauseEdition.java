package org.ctipcheck.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import org.ctipcheck.submission.Award;
import org.ctipcheck.submission.ClauseDates;

/**
 * The edition of DFARS 252.225-7060 a contract carries, found from the submitted facts and the editions table alone
 * (never from a derived fact, so no rule depends on firing order): the clause date listed with it in
 * {@code award.otherClauses} when that is a real edition, else the latest edition in effect on the solicitation date
 * (the award date when no solicitation date is given), FAR 1.108(d)(1)-(2). Null when neither gives one.
 */
public record XuarClauseEdition(ClauseEdition edition, String basis) {
    public static final String CLAUSE = "252.225-7060";
    private static final YearMonth DEC_2022 = YearMonth.of(2022, 12);

    /** {@code editions}: the ClauseEdition facts (of every clause; the others are ignored). */
    public static XuarClauseEdition of(Award award, Collection<?> editions) {
        YearMonth listed = award.otherClauseDate(CLAUSE);
        if (listed != null) {
            return xuar(editions).filter(e -> e.edition().equals(listed)).findFirst()
                    .map(e -> new XuarClauseEdition(e, "the clause date listed with it in the contract's clauses")).orElse(null);
        }
        LocalDate day = award.editionSelectionDate();
        if (day == null) {
            return null;
        }
        String dateName = award.solicitationDate() != null ? "solicitation" : "award";
        return xuar(editions).filter(e -> e.effectiveBy(day)).max(Comparator.comparing(ClauseEdition::edition))
                .map(e -> new XuarClauseEdition(e, "the edition in effect on the " + dateName + " date " + day + " (FAR 1.108(d)(1))"))
                .orElse(null);
    }

    /** The contract carries the DEC 2022 edition (section 848: the offeror certified its good-faith effort before award). */
    public static boolean dec2022(Award award, Collection<?> editions) {
        XuarClauseEdition found = of(award, editions);
        return found != null && DEC_2022.equals(found.edition().edition());
    }

    /** The clause is listed without a date and no edition was in effect on the solicitation (or award) date. */
    public static boolean noneInEffect(Award award, Collection<?> editions) {
        return award.otherClauseDate(CLAUSE) == null && of(award, editions) == null;
    }

    public String label() {
        return ClauseDates.label(edition.edition());
    }

    private static java.util.stream.Stream<ClauseEdition> xuar(Collection<?> editions) {
        return editions.stream().map(ClauseEdition.class::cast).filter(e -> CLAUSE.equals(e.clause()));
    }
}
