package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * FAR 52.222-50(h)(4)(ii): a contracting officer's request for a copy of the plan, and when it was provided. The
 * clause sets no deadline, so a request not yet answered is only overdue once a grace of {@code graceDays} (a
 * policy parameter of the rule pack) has passed: it is still open on the last day of the grace.
 */
public record PlanRequest(String pointer, LocalDate requestedOn, LocalDate providedOn) implements Fact {

    public boolean answered() {
        return providedOn != null;
    }

    /** The last day a request still counts as open: the request date plus the grace. */
    public LocalDate graceEnds(int graceDays) {
        return requestedOn.plusDays(graceDays);
    }

    /** Not answered and the grace has passed on {@code today}. */
    public boolean overdue(LocalDate today, int graceDays) {
        return !answered() && today.isAfter(graceEnds(graceDays));
    }

    /** Not answered, but still within the grace on {@code today}. */
    public boolean pending(LocalDate today, int graceDays) {
        return !answered() && !today.isAfter(graceEnds(graceDays));
    }
}
