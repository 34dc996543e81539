package org.ctipcheck.audit;

/**
 * An evaluation with this idempotency key is already recorded (by an earlier attempt, or by another process that
 * got there first): look it up with {@link AuditWriter#recorded} and answer with it instead of recording again.
 */
public final class IdempotencyKeyUsedException extends AuditException {
    private final String key;

    public IdempotencyKeyUsedException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
