package org.ctipcheck.audit;

/**
 * Bad input to the audit log rather than a failing store: a signing or public key file that is missing, unreadable
 * or not an Ed25519 key, a witness that is not a report or belongs to another log, or no audit log where one was
 * named. The message says which file and what is wrong with it.
 */
public class AuditInputException extends AuditException {
    public AuditInputException(String message) {
        super(message);
    }

    public AuditInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
