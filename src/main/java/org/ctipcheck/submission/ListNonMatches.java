package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * How many screened rows a reference list did not match: rows whose supplier name (UFLPA), goods (ILAB, E.O. 13126)
 * or countries (TIP tiers) the list was asked about and did not name. A fact of the list-level session
 * (CTIP-SC-08): on a list that is stale or partial on the evaluation date these rows are "not matched on a stale
 * list", not cleared. {@code file} is the list's file in the reference folder.
 */
public record ListNonMatches(ReferenceListEdition list, String file, long rows) {

    public String listId() {
        return list.id();
    }

    public boolean notCurrentOn(LocalDate day) {
        return list.notCurrentOn(day);
    }

    public boolean staleOn(LocalDate day) {
        return list.staleOn(day);
    }
}
