package org.ctipcheck.submission;

import java.math.BigDecimal;

/**
 * What the supply-chain rules need to know about the contract the attestation is for, taken from the submission
 * checked with it (the first one, when a check has several): whether it is a Department of Defense contract
 * (UFLPA matches cite DFARS 252.225-7060 only then), the FAR 52.222-50 clause edition and the dollar threshold it
 * binds (subcontractor certifications, 52.222-50(i)(1)(ii) and (i)(2)), and whether the contract requires written
 * work documents (52.222-50(b)(9)).
 *
 * @param defense                   a Department of Defense contract
 * @param clauseEdition             the incorporated 52.222-50 edition, e.g. "FAR 52.222-50 (NOV 2021)"; null when not known
 * @param certificationThreshold    the threshold that edition binds; null when not known or the edition has none
 * @param certificationParagraph    false when the edition predates the compliance-plan and certification paragraphs
 * @param workDocumentsRequired     the contract requires written work documents; null when not stated
 */
public record ContractTerms(boolean defense, String clauseEdition, BigDecimal certificationThreshold,
        boolean certificationParagraph, Boolean workDocumentsRequired) {

    /** Nothing known about the contract (a screen run without a submission): not DoD, threshold unknown. */
    public static final ContractTerms UNKNOWN = new ContractTerms(false, null, null, true, null);

    /** The threshold is not known (no clause date): whether a subcontractor must certify is for review. */
    public boolean thresholdUnknown() {
        return certificationParagraph && certificationThreshold == null;
    }

    /** The threshold in the FAR's words, e.g. "$550,000 (FAR 52.222-50 (NOV 2021))". */
    public String thresholdText() {
        if (certificationThreshold == null) {
            return "the threshold of the clause edition (not known)";
        }
        return Money.format(certificationThreshold) + (clauseEdition == null ? "" : " (" + clauseEdition + ")");
    }
}
