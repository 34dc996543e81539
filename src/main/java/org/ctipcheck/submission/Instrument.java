package org.ctipcheck.submission;

public enum Instrument {
    CONTRACT, SUBCONTRACT, TASK_ORDER, DELIVERY_ORDER, GRANT, COOPERATIVE_AGREEMENT;

    /** Grants and cooperative agreements are governed by 2 CFR 175, not by FAR 52.222-50. */
    public boolean isAssistance() {
        return this == GRANT || this == COOPERATIVE_AGREEMENT;
    }
}
