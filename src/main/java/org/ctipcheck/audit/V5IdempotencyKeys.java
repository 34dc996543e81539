package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 5: a check may carry an idempotency key ({@code audit_evaluation.idempotency_key}, unique when
 * set) and keep the JSON report it issued ({@code report_json_gz}, gzipped), so that a retried workflow step gets
 * the first evaluation back instead of recording a second. A Java migration, not SQL, for two reasons: on
 * PostgreSQL the ALTER gives up after the store's wait instead of queueing every reader behind another process's
 * open batch (as V4 does); and a database administrator may add these columns and the index by hand for a role
 * that may write the log but not alter its tables, in which case this migration only records the version.
 */
final class V5IdempotencyKeys extends AuditJavaMigration {
    static final String[] DDL = {
        "alter table audit_evaluation add column idempotency_key varchar(200)",
        "alter table audit_evaluation add column report_json_gz bytea",
        "create unique index audit_evaluation_idempotency_key on audit_evaluation (idempotency_key)",
    };


    V5IdempotencyKeys() {
        super(5, "idempotency keys");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("set local lock_timeout = '" + AuditStore.DEFAULT_WAIT.toMillis() + "ms'");
            }
            if (hasColumns(connection) && hasUniqueIndex(connection)) {
                return;
            }
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new SQLException("the audit log must be upgraded to schema version 5 (idempotency keys) by a role"
                        + " that may alter its tables (or an administrator adds the columns: " + String.join("; ", DDL)
                        + "): " + AuditStore.firstLine(e), e.getSQLState(), e);
            }
            throw e;
        }
    }

    private static boolean hasColumns(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("select idempotency_key, report_json_gz from audit_evaluation where 1 = 0").close();
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException missing) {
            connection.rollback(before);
            return false;
        }
    }

    private static boolean hasUniqueIndex(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String table : new String[] {"audit_evaluation", "AUDIT_EVALUATION"}) {
            try (ResultSet index = metadata.getIndexInfo(null, connection.getSchema(), table, true, false)) {
                while (index.next()) {
                    String column = index.getString("COLUMN_NAME");
                    if (column != null && column.toLowerCase(Locale.ROOT).equals("idempotency_key")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
