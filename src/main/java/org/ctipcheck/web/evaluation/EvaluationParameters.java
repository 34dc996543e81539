package org.ctipcheck.web.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.web.problem.BadParameter;

/**
 * The query parameters and headers of {@code POST /evaluations}, as the command line's options: {@code asOf}
 * (yyyy-mm-dd; default today), {@code notifyWithin} (days, 0 or more; default 1), {@code failOn} (BLOCKER, MAJOR,
 * MINOR or INFO; default MAJOR) and the {@code Idempotency-Key} header. Each bad value is a 400 naming it.
 * Idempotency keys are the caller's own: recorded as {@code user:key}, so that one user's key never returns another
 * user's evaluation.
 */
record EvaluationParameters(String asOf, String notifyWithin, String failOn, String idempotencyKey) {

    CheckOptions applyTo(CheckOptions options, String user) {
        CheckOptions applied = options.withEvaluationDate(date()).withFailOn(severity());
        if (notifyWithin != null) {
            applied = applied.withNotifyWithinDays(days());
        }
        if (idempotencyKey != null) {
            int room = CheckOptions.MAX_KEY - user.length() - 1;
            if (idempotencyKey.isBlank() || idempotencyKey.length() > room) {
                throw new BadParameter("Idempotency-Key", "the Idempotency-Key header has 1 to " + room + " characters");
            }
            applied = applied.withIdempotencyKey(user + ":" + idempotencyKey);
        }
        return applied;
    }

    Severity severity() {
        if (failOn == null) {
            return Severity.MAJOR;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("failOn", "failOn '" + failOn + "' is not a severity: BLOCKER, MAJOR, MINOR or INFO");
        }
    }

    private LocalDate date() {
        if (asOf == null) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter("asOf", asOf.strip().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? "asOf '" + asOf + "' is not a calendar date" : "asOf '" + asOf + "' is not a date written yyyy-mm-dd");
        }
    }

    private int days() {
        try {
            int days = Integer.parseInt(notifyWithin.strip());
            if (days < 0) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new BadParameter("notifyWithin", "notifyWithin '" + notifyWithin + "' is not a number of days (0 or more)");
        }
    }
}
