package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The contract a task or delivery order is placed under (an IDIQ or other indefinite-delivery contract): its
 * award date, its 52.222-50 clause and its portions. FAR 1.108(c) measures a threshold on "the final anticipated
 * dollar value of the action, including the dollar value of all options", and for a contract that "establishes a
 * maximum quantity ... or establishes a ceiling price", on "the highest final priced alternative to the Government";
 * an order is performance of that contract, so it is not judged on its own value alone.
 */
public record ParentContract(String pointer, String id, LocalDate awardDate, YearMonth clauseDate, List<Portion> portions)
        implements Fact {

    public ParentContract {
        portions = portions == null ? List.of() : List.copyOf(portions);
    }

    public boolean valued() {
        return !portions.isEmpty();
    }

    public CoveredValue coveredValue() {
        return new CoveredValue(portions);
    }

    public BigDecimal covered() {
        return coveredValue().total();
    }
}
