package org.ctipcheck.web.problem;

/** Recording is off (ctip.audit.enabled=false): there is no audit log to read evaluations from. */
public final class AuditLogOff extends RuntimeException {
    public AuditLogOff() {
        super("this service does not record evaluations (ctip.audit.enabled=false), so none can be read back");
    }
}
