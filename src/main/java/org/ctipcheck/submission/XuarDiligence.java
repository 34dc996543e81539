package org.ctipcheck.submission;

/** DFARS 252.225-7060: Xinjiang (XUAR) forced labor. */
public record XuarDiligence(
        String pointer,
        Boolean goodFaithEffortDocumented,
        Boolean xuarLinkedSupplyKnown,
        Boolean flowedDownAllTiersIncludingCots,
        SourceReference source) implements DocumentedFact {

    public boolean linkedSupplyKnown() {
        return Boolean.TRUE.equals(xuarLinkedSupplyKnown);
    }

    public boolean goodFaithEffortMissing() {
        return Boolean.FALSE.equals(goodFaithEffortDocumented);
    }

    public boolean flowDownMissing() {
        return Boolean.FALSE.equals(flowedDownAllTiersIncludingCots);
    }

    public boolean satisfied() {
        return Boolean.FALSE.equals(xuarLinkedSupplyKnown) && Boolean.TRUE.equals(goodFaithEffortDocumented)
                && Boolean.TRUE.equals(flowedDownAllTiersIncludingCots);
    }

    public boolean incomplete() {
        return xuarLinkedSupplyKnown == null || goodFaithEffortDocumented == null || flowedDownAllTiersIncludingCots == null;
    }
}
