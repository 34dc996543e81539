package org.ctipcheck.audit;

/** Another process holds the audit store; nothing was written. */
public final class StoreInUseException extends AuditException {
    public StoreInUseException(String message) {
        super(message);
    }
}
