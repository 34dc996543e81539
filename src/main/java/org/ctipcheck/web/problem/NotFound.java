package org.ctipcheck.web.problem;

/** A resource that does not exist, or that the caller may not know exists (another organization's evaluation). */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
