package org.ctipcheck.submission;

/** DFARS 252.222-7007: representation regarding combating trafficking in persons. */
public record DodRepresentation(
        String pointer,
        Boolean made,
        Boolean hiringAndSubcontractingPolicies,
        Boolean employeesNotifiedOfReportingDuty,
        Boolean whistleblowerProtectionNotified,
        SourceReference source) implements DocumentedFact {

    public boolean notMade() {
        return Boolean.FALSE.equals(made);
    }

    /** Representation (b): hiring and subcontracting policies that protect workers. */
    public boolean policiesMissing() {
        return Boolean.FALSE.equals(hiringAndSubcontractingPolicies);
    }

    /** Representation (c): a notice left out, e.g. "whistleblower reprisal protection". */
    public boolean noticeMissing() {
        return Boolean.FALSE.equals(employeesNotifiedOfReportingDuty) || Boolean.FALSE.equals(whistleblowerProtectionNotified);
    }

    public String missingNotices() {
        boolean duty = Boolean.FALSE.equals(employeesNotifiedOfReportingDuty);
        boolean whistleblower = Boolean.FALSE.equals(whistleblowerProtectionNotified);
        if (duty && whistleblower) {
            return "the duty to report violations and whistleblower reprisal protection";
        }
        return duty ? "the duty to report violations" : whistleblower ? "whistleblower reprisal protection (10 U.S.C. 4701, formerly 2409)" : "";
    }

    public boolean supported() {
        return Boolean.TRUE.equals(made) && Boolean.TRUE.equals(hiringAndSubcontractingPolicies)
                && Boolean.TRUE.equals(employeesNotifiedOfReportingDuty) && Boolean.TRUE.equals(whistleblowerProtectionNotified);
    }

    /** Some element is not stated either way. */
    public boolean incomplete() {
        return made == null || hiringAndSubcontractingPolicies == null || employeesNotifiedOfReportingDuty == null
                || whistleblowerProtectionNotified == null;
    }
}
