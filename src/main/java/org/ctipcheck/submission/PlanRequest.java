package org.ctipcheck.submission;

import java.time.LocalDate;

/** FAR 52.222-50(h)(4)(ii): a contracting officer's request for a copy of the plan, and when it was provided. */
public record PlanRequest(String pointer, LocalDate requestedOn, LocalDate providedOn) implements Fact {

    public boolean answered() {
        return providedOn != null;
    }
}
