package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An end product supplied under the contract (FAR 22.15). */
public record EndProduct(
        String pointer,
        String product,
        String countryOfOrigin,
        BigDecimal value) implements Fact {

    /**
     * FAR 22.1503(b) and 52.222-19(a): the List-triggered requirements do not apply when the listed country of
     * origin is Israel or Mexico, or a listed WTO GPA / FTA country, and the acquisition is at least the figure
     * below. FAC 2024-03 (Feb 2024) figures; trade-agreement thresholds are reset every two years (next reset
     * Jan 2026), so these need re-verification (requirements catalog CTIP-CL-02, [I]).
     */
    public static final Map<String, BigDecimal> TRADE_AGREEMENT_THRESHOLDS = thresholds();

    /** The acquisition value at or above which this product's country of origin is excepted; null when none. */
    public BigDecimal tradeAgreementThreshold() {
        return countryOfOrigin == null ? null : TRADE_AGREEMENT_THRESHOLDS.get(countryOfOrigin.strip().toUpperCase(Locale.ROOT));
    }

    public boolean tradeAgreementCountry() {
        return tradeAgreementThreshold() != null;
    }

    /** The country of origin is excepted and the acquisition value is known and at least its threshold. */
    public boolean tradeAgreementExceptionApplies(Award award) {
        BigDecimal acquisition = acquisitionValue(award);
        return tradeAgreementCountry() && acquisition != null && acquisition.compareTo(tradeAgreementThreshold()) >= 0;
    }

    /** The country of origin is excepted above a threshold but the acquisition value is not known. */
    public boolean tradeAgreementExceptionUndecided(Award award) {
        return tradeAgreementCountry() && acquisitionValue(award) == null;
    }

    /** The acquisition's value: the total of the award's portions, or null when a portion has no value. */
    public static BigDecimal acquisitionValue(Award award) {
        if (award.portions().isEmpty() || award.portions().stream().anyMatch(p -> !p.valueKnown())) {
            return null;
        }
        return award.portions().stream().map(Portion::estimatedValue).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String describe() {
        return product + " (" + countryOfOrigin + ")";
    }

    private static Map<String, BigDecimal> thresholds() {
        BigDecimal wto = new BigDecimal("174000");
        Map<String, BigDecimal> map = Stream.of("AM", "AW", "AU", "AT", "BE", "BG", "CA", "HR", "CY", "CZ", "DK", "EE",
                        "FI", "FR", "DE", "GR", "HK", "HU", "IS", "IE", "IT", "JP", "KR", "LV", "LI", "LT", "LU", "MT", "MD",
                        "ME", "NL", "NZ", "MK", "NO", "PL", "PT", "RO", "SG", "SK", "SI", "ES", "SE", "CH", "TW", "UA", "GB")
                .collect(Collectors.toMap(code -> code, code -> wto));
        map.put("IL", new BigDecimal("50000"));
        map.put("MX", new BigDecimal("102280"));
        return Map.copyOf(map);
    }
}
