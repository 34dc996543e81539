package org.ctipcheck.evaluation;

import java.math.BigDecimal;
import org.ctipcheck.findings.Confidence;

/**
 * Derived by the applicability rules: the FAR 52.222-50(h) dollar threshold that the incorporated clause
 * edition binds, or none when that edition predates the compliance-plan paragraph.
 */
public record ClauseThreshold(String edition, BigDecimal amount, Confidence confidence) {

    public static ClauseThreshold of(String edition, String amount, String confidence) {
        return new ClauseThreshold(edition, new BigDecimal(amount), Confidence.parse(confidence));
    }

    public static ClauseThreshold noPlanParagraph(String edition) {
        return new ClauseThreshold(edition, null, Confidence.VERIFIED);
    }

    public boolean hasPlanParagraph() {
        return amount != null;
    }
}
