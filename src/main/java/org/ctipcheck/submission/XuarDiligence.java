package org.ctipcheck.submission;

/** DFARS 252.225-7060: Xinjiang (XUAR) forced labor. */
public record XuarDiligence(
        String pointer,
        Boolean goodFaithEffortDocumented,
        Boolean xuarLinkedSupplyKnown,
        Boolean flowedDownAllTiersIncludingCots,
        SourceReference source) implements DocumentedFact {
}
