package org.ctipcheck.submission;

public enum Instrument {
    CONTRACT, SUBCONTRACT, TASK_ORDER, DELIVERY_ORDER, GRANT, COOPERATIVE_AGREEMENT,
    /**
     * A procurement contract a grant or cooperative agreement recipient (or subrecipient) awarded to buy goods or
     * services for its award: not a Federal contract, so FAR 52.222-50 does not apply; see {@link ParentAssistanceAward}.
     */
    RECIPIENT_CONTRACT;

    /** Grants and cooperative agreements are governed by 2 CFR 175, not by FAR 52.222-50. */
    public boolean isAssistance() {
        return this == GRANT || this == COOPERATIVE_AGREEMENT;
    }
}
