package org.ctipcheck.submission;

import java.time.LocalDate;

/** One reference list the supply-chain screen used, with the edition and as-of date the report names. */
public record ReferenceListEdition(
        String id,
        String name,
        String edition,
        LocalDate asOf,
        Integer staleAfterMonths,
        boolean partial,
        String note,
        int entries) {

    /** "id edition (as of date)": how the audit log names the edition a check used. */
    public String label() {
        return id + " " + edition + (asOf != null ? " (as of " + asOf + ")" : "");
    }

    /** Older than its update cadence on {@code today}: as of asOf + staleAfterMonths it is still current, a day later not. */
    public boolean staleOn(LocalDate today) {
        return staleAfterMonths != null && asOf != null && asOf.plusMonths(staleAfterMonths).isBefore(today);
    }

    /** Stale on {@code today} or known to be partial: a non-match on the list does not clear a row or a product. */
    public boolean notCurrentOn(LocalDate today) {
        return partial || staleOn(today);
    }
}
