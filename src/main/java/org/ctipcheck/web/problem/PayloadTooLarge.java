package org.ctipcheck.web.problem;

/** A body or part over its configured limit: answered 413 before anything is evaluated. */
public final class PayloadTooLarge extends RuntimeException {
    public PayloadTooLarge(String message) {
        super(message);
    }
}
