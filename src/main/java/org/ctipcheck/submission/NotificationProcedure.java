package org.ctipcheck.submission;

/** FAR 52.222-50(d): notification of credible information and actions taken. */
public record NotificationProcedure(
        String pointer,
        Boolean notifiesContractingOfficer,
        Boolean notifiesInspectorGeneral,
        Integer timeLimitHours,
        Boolean reportsActionsTaken,
        Boolean incidentLogKept,
        SourceReference source) implements DocumentedFact {

    /** Names both external recipients FAR 52.222-50(d)(1) requires. */
    public boolean namesContractingOfficerAndInspectorGeneral() {
        return Boolean.TRUE.equals(notifiesContractingOfficer) && Boolean.TRUE.equals(notifiesInspectorGeneral);
    }

    /** The procedure states that the contracting officer or the agency Inspector General is not told. */
    public boolean excludesARecipient() {
        return Boolean.FALSE.equals(notifiesContractingOfficer) || Boolean.FALSE.equals(notifiesInspectorGeneral);
    }

    /** Whom the procedure states it does not tell, e.g. "not the agency Inspector General". */
    public String missingRecipients() {
        boolean co = Boolean.FALSE.equals(notifiesContractingOfficer);
        boolean ig = Boolean.FALSE.equals(notifiesInspectorGeneral);
        if (co && ig) {
            return "neither the contracting officer nor the agency Inspector General (internal recipients only)";
        }
        return co ? "not the contracting officer" : ig ? "not the agency Inspector General" : "";
    }

    /** An internal time limit longer than "immediately" allows (e.g. "within 30 days"). */
    public boolean timeLimitLongerThan(int days) {
        return timeLimitHours != null && timeLimitHours > days * 24;
    }

    public boolean reportsActions() {
        return Boolean.TRUE.equals(reportsActionsTaken);
    }
}
