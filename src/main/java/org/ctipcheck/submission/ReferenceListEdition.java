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

    public boolean staleOn(LocalDate today) {
        return staleAfterMonths != null && asOf != null && asOf.plusMonths(staleAfterMonths).isBefore(today);
    }
}
