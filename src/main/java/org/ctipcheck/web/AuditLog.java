package org.ctipcheck.web;

import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;

/**
 * Where the service records: the same kind of location as {@code ctip check --audit-dir/--audit-db}, so the
 * command line and the service can share one log. Each request opens the store for its own use and closes it; an
 * embedded H2 store is then free for a command line in between. {@code location} is null when recording is off.
 */
public record AuditLog(AuditLocation location) {
    static final AuditLog OFF = new AuditLog(null);

    public boolean enabled() {
        return location != null;
    }

    /** Opens the store; {@link org.ctipcheck.web.problem.AuditLogOff} when recording is off. */
    public AuditStore open() {
        if (location == null) {
            throw new org.ctipcheck.web.problem.AuditLogOff();
        }
        return AuditStore.open(location);
    }
}
