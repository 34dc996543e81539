package org.ctipcheck.submission;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A contract modification that incorporated another edition of FAR 52.222-50 (FAR 1.108(d)(3): "Contracting officers
 * may, at their discretion, include the changes in any existing contract with appropriate consideration"). From its
 * date the contract carries the edition {@code clauseDate}; before it, the edition it replaced.
 */
public record ClauseModification(String pointer, String number, LocalDate date, YearMonth clauseDate) implements Fact {

    public String clauseLabel() {
        return ClauseDates.label(clauseDate);
    }

    /** Whether the modification was made on or before {@code day} (it has then happened). */
    public boolean madeBy(LocalDate day) {
        return date != null && !date.isAfter(day);
    }

    public String describe() {
        return "modification " + (number == null ? "" : number + " ") + "of " + date;
    }
}
