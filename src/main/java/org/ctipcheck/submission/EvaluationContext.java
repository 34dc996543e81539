package org.ctipcheck.submission;

import java.time.LocalDate;

/** The date the evaluation is made "as of": deadlines are measured against it, never against the clock. */
public record EvaluationContext(LocalDate today) {
}
