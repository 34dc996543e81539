package org.ctipcheck.submission;

import java.util.List;

/**
 * What the reference lists say about one attestation row, computed in Java before the rules run so that the
 * rules stay plain alpha constraints.
 *
 * @param tvpraGoods          listed good-country pairs the row's goods match, e.g. "Cotton (CN): forced labor"
 * @param tvpraForcedLabor    whether any matched pair is listed for forced labor
 * @param eoProducts          E.O. 13126 products the row's goods match in its country of operation
 * @param countryTier         TIP Report tier of the country of operation, or null when the list has none
 * @param highRiskCountries   the country of operation and recruitment countries on Tier 2 Watch List or Tier 3
 * @param uflpaEntity         the UFLPA entity the name or an alias matches (exactly or closely), or null
 * @param uflpaSimilarity     1.0 for an exact match after normalization, else the similarity of the close match
 * @param uflpaMatchedName    the supplier name or alias that matched
 * @param goodsToReview       goods descriptions or HS codes that match no good listed in the country of operation
 *                            while the country has listed goods of their family, each naming those goods
 *                            (reference/goods-synonyms.yaml): a miss is never silent
 */
public record RowScreening(
        List<String> tvpraGoods,
        boolean tvpraForcedLabor,
        List<String> eoProducts,
        String countryTier,
        List<String> highRiskCountries,
        String uflpaEntity,
        double uflpaSimilarity,
        String uflpaMatchedName,
        List<String> goodsToReview) {

    public static final RowScreening NONE = new RowScreening(List.of(), false, List.of(), null, List.of(), null, 0, null,
            List.of());

    /** The screening as recorded before goods were read through the synonym table (no review items). */
    public RowScreening(List<String> tvpraGoods, boolean tvpraForcedLabor, List<String> eoProducts, String countryTier,
            List<String> highRiskCountries, String uflpaEntity, double uflpaSimilarity, String uflpaMatchedName) {
        this(tvpraGoods, tvpraForcedLabor, eoProducts, countryTier, highRiskCountries, uflpaEntity, uflpaSimilarity,
                uflpaMatchedName, List.of());
    }

    /** Goods that match nothing listed in the country, though it lists goods of their family (CTIP-SC-03). */
    public boolean goodsReview() {
        return !goodsToReview.isEmpty();
    }

    public boolean tvpraListed() {
        return !tvpraGoods.isEmpty();
    }

    public boolean eoListed() {
        return !eoProducts.isEmpty();
    }

    public boolean highRiskCountry() {
        return !highRiskCountries.isEmpty();
    }

    public boolean uflpaExact() {
        return uflpaEntity != null && uflpaSimilarity >= 1.0;
    }

    public boolean uflpaClose() {
        return uflpaEntity != null && uflpaSimilarity < 1.0;
    }

    /** Listed goods or a high-risk country: the row needs risk treatment (CTIP-SC-03). */
    public boolean listedRisk() {
        return tvpraListed() || highRiskCountry();
    }
}
