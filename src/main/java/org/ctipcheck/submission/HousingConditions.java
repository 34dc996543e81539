package org.ctipcheck.submission;

import java.time.LocalDate;

/** FAR 52.222-50(b)(8): housing as actually provided. */
public record HousingConditions(
        String pointer,
        Boolean meetsHostCountryStandards,
        LocalDate lastInspectedOn,
        Boolean openDeficiencies,
        SourceReference source) implements DocumentedFact {
}
