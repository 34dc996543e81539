package org.ctipcheck.spring;

import javax.sql.DataSource;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;

/**
 * {@code ctip.audit.*} to a {@link CtipAuditLog}: {@code db} when set, else the application's DataSource (unless
 * {@code use-data-source=false}), else H2 in {@code dir}. The store is opened once here (created or migrated, its
 * signing key read), so that a wrong setting stops the start with its reason.
 */
final class AuditLogSetting {
    private AuditLogSetting() {
    }

    static CtipAuditLog open(CtipCheckProperties.Audit audit, DataSource dataSource) {
        if (!audit.enabled()) {
            return CtipAuditLog.off();
        }
        if (audit.dir() == null) {
            throw new CtipSettingException("ctip.audit.dir is not set: with ctip.audit.enabled=true, name the directory"
                    + " that keeps the audit log's signing key (or set ctip.audit.enabled=false)");
        }
        if (audit.signingKey() != null) {
            AuditStore.checkSigningKey(audit.signingKey());
        }
        boolean ownDatabase = audit.db() != null && !audit.db().isBlank();
        if (!ownDatabase && audit.useDataSource() && dataSource != null) {
            String schema = audit.schema() == null || audit.schema().isBlank() ? null : audit.schema().strip();
            if (schema != null && !schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                throw new CtipSettingException("ctip.audit.schema '" + schema + "' is not a schema name (letters, digits"
                        + " and _, not starting with a digit)");
            }
            return CtipAuditLog.onDataSource(dataSource, schema, audit.dir(), audit.signingKey());
        }
        CtipAuditLog log = CtipAuditLog.at(AuditLocation.of(audit.dir(), audit.db()).withSigningKey(audit.signingKey()));
        log.open().close();
        return log;
    }
}
