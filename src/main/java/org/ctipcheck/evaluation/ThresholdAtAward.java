package org.ctipcheck.evaluation;

import java.math.BigDecimal;

/**
 * Derived by CTIP-CERT-02: the FAR 52.222-50(h)(1)(ii) threshold of the clause edition the contract carried at award
 * (not the edition a later modification brought in), for FAR 22.1703(c)(2) "when a compliance plan was required at award".
 */
public record ThresholdAtAward(String edition, BigDecimal amount) {

    public static ThresholdAtAward of(String edition, String amount) {
        return new ThresholdAtAward(edition, new BigDecimal(amount));
    }
}
