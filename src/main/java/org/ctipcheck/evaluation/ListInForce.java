package org.ctipcheck.evaluation;

import java.time.LocalDate;
import org.ctipcheck.submission.ReferenceListEdition;

/**
 * A reference list the rules read (e.g. the E.O. 13126 list), with its edition and as-of date, as a fact of every
 * evaluation: a judgement made as of a date on a list older than its update cadence, or on a list known to be
 * partial, cannot clear what the list does not show (issue 13, item 3: a stale list gives NEEDS_REVIEW, not
 * NOT_APPLICABLE).
 */
public record ListInForce(ReferenceListEdition edition) {

    public String id() {
        return edition.id();
    }

    public boolean staleOn(LocalDate day) {
        return edition.staleOn(day);
    }

    /** Stale on {@code day} or partial: a non-match on it does not clear anything. */
    public boolean notCurrentOn(LocalDate day) {
        return edition.notCurrentOn(day);
    }

    public String describe() {
        return edition.name() + " (" + edition.edition() + ", as of " + edition.asOf() + ", to be renewed every "
                + edition.staleAfterMonths() + " months" + (edition.partial() ? "; partial: " + edition.note() : "")
                + ")";
    }
}
