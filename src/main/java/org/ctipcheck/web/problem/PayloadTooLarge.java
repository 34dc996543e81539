package org.ctipcheck.web.problem;

/**
 * A body or part over its configured limit: answered 413 before anything is evaluated, naming the setting
 * ({@code ctip.limits.*}) and the size it allows.
 */
public final class PayloadTooLarge extends RuntimeException {
    private final String setting;
    private final long maxBytes;

    public PayloadTooLarge(String message, String setting, long maxBytes) {
        super(message);
        this.setting = setting;
        this.maxBytes = maxBytes;
    }

    /** The setting whose limit was passed, e.g. {@code ctip.limits.max-submission-size}. */
    public String setting() {
        return setting;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
