package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * The evaluation's own inputs: the date it is made "as of" (deadlines are measured against it, never against
 * the clock) and how many days "immediately" allows for notices under FAR 52.222-50(d) (default
 * {@value #DEFAULT_NOTIFICATION_DAYS}: the day information is received or the next day).
 */
public record EvaluationContext(LocalDate today, int notificationLimitDays) {
    public static final int DEFAULT_NOTIFICATION_DAYS = 1;

    public EvaluationContext(LocalDate today) {
        this(today, DEFAULT_NOTIFICATION_DAYS);
    }

    /** Whether a notice given on {@code notified} for information received on {@code received} was immediate. */
    public boolean immediate(LocalDate received, LocalDate notified) {
        return notified != null && received != null && !notified.isAfter(received.plusDays(notificationLimitDays));
    }

    /** Whether a notice not yet given is already late on the evaluation date. */
    public boolean overdue(LocalDate received) {
        return received != null && today.isAfter(received.plusDays(notificationLimitDays));
    }
}
