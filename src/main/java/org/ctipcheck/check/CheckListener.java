package org.ctipcheck.check;

import java.time.Duration;

/**
 * Told what each check did, for a channel's metrics (the Spring Boot auto-configuration's Micrometer meters). Called
 * on the checking thread after the fact; a listener must be quick and must not throw. Every method does nothing by
 * default.
 */
public interface CheckListener {
    /** A listener that is told nothing. */
    CheckListener NONE = new CheckListener() {
    };

    /** A check ended with {@code outcome} after {@code took} (reading, evaluating, screening, recording, rendering). */
    default void checked(CheckOutcome outcome, Duration took) {
    }

    /** A check ended with {@code failure} after {@code took} (the ruleset or the audit log failed): nothing issued. */
    default void failed(RuntimeException failure, Duration took) {
    }

    /**
     * This check's {@code reports} records were committed to the audit log {@code took} after it handed them over: with
     * group commit that includes waiting for (or leading) the batch they were written in.
     */
    default void recorded(int reports, Duration took) {
    }
}
