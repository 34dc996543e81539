package org.ctipcheck.audit;

/** The audit log cannot be opened, read or written; the message is for the user. */
public class AuditException extends RuntimeException {
    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
