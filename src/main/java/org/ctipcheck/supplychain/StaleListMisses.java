package org.ctipcheck.supplychain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.ListNonMatches;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.submission.RowScreening;

/**
 * Counts, per reference list that can clear a row, the rows it was asked about and did not match: a supplier name
 * not on the UFLPA list, goods (or an HS code) matching nothing on the ILAB or E.O. 13126 list in the row's country,
 * a country (of operation or recruitment) not on Tier 2 Watch List or Tier 3. On a list stale or partial on the
 * evaluation date such a row is "not matched on a stale list": counted here, named by CTIP-SC-08 with the count,
 * never folded silently into "no risk". A counter per list, no allocation per row. Not thread-safe: one consumer.
 */
final class StaleListMisses {
    static final String UFLPA = "uflpa";
    static final String ILAB = "ilab-tvpra";
    static final String EO13126 = "eo13126";
    static final String TIERS = "tip-tiers";

    private final ReferenceLists lists;
    private long uflpa;
    private long ilab;
    private long eo;
    private long tiers;

    StaleListMisses(ReferenceLists lists) {
        this.lists = lists;
    }

    void row(AttestationRow row) {
        RowScreening screening = row.screening();
        if (screening.uflpaEntity() == null) {
            uflpa++;
        }
        boolean goodsAttested = !row.goods().isEmpty() || (row.hsCode() != null && !row.hsCode().isBlank());
        if (goodsAttested && !screening.tvpraListed()) {
            ilab++;
        }
        if (goodsAttested && !screening.eoListed()) {
            eo++;
        }
        if (!screening.highRiskCountry()) {
            tiers++;
        }
    }

    /** One fact per list of the four that was used, with its count (zero included). */
    List<ListNonMatches> facts() {
        List<ListNonMatches> facts = new ArrayList<>(4);
        for (ReferenceListEdition list : lists.editions()) {
            long rows = switch (list.id()) {
                case UFLPA -> uflpa;
                case ILAB -> ilab;
                case EO13126 -> eo;
                case TIERS -> tiers;
                default -> -1;
            };
            if (rows >= 0) {
                facts.add(new ListNonMatches(list, lists.fileOf(list.id()), rows));
            }
        }
        return facts;
    }

    /** The rows not matched on each list that is stale or partial on {@code day}, by list id, in the lists' order. */
    Map<String, Long> onListsNotCurrent(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ListNonMatches misses : facts()) {
            if (misses.notCurrentOn(day)) {
                counts.put(misses.listId(), misses.rows());
            }
        }
        return counts;
    }
}
