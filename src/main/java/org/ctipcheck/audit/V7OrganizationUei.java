package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 7: the UEI of each record's organization in a column of its own
 * ({@code audit_evaluation.organization_uei}, indexed with the record number), so that an implementer's listing is
 * filtered and paged by the database instead of reading every record. Existing records are filled in from their
 * stored submission (gzipped JSON, which SQL cannot read: hence a Java migration). The column is derived from the
 * submission the chain covers and is not hashed itself. On PostgreSQL the ALTER gives up after the store's wait
 * rather than queue readers behind another process's batch, as V5 does.
 */
final class V7OrganizationUei extends AuditJavaMigration {
    static final String[] DDL = {
        "alter table audit_evaluation add column if not exists organization_uei varchar(64)",
        "create index if not exists audit_evaluation_org_uei on audit_evaluation (organization_uei, seq)",
    };
    private static final int BATCH = 500;

    V7OrganizationUei() {
        super(7, "organization uei");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                statement.execute("set local lock_timeout = '" + AuditStore.DEFAULT_WAIT.toMillis() + "ms'");
            }
            // an administrator may have run the DDL for a role that may write the log but not alter its tables
            // (PostgreSQL asks for ownership even when the column exists): then only the values are filled in
            if (!hasColumn(connection)) {
                statement.execute(DDL[0]);
            }
            if (!hasIndex(connection)) {
                statement.execute(DDL[1]);
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new SQLException("the audit log must be upgraded to schema version 7 (organization UEI) by a role"
                        + " that may alter its tables (or an administrator runs: " + String.join("; ", DDL) + "): "
                        + AuditStore.firstLine(e), e.getSQLState(), e);
            }
            throw e;
        }
        backfill(connection);
    }

    private static boolean hasColumn(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("select organization_uei from audit_evaluation where 1 = 0").close();
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException missing) {
            connection.rollback(before);
            return false;
        }
    }

    private static boolean hasIndex(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String table : new String[] {"audit_evaluation", "AUDIT_EVALUATION"}) {
            try (ResultSet index = metadata.getIndexInfo(null, connection.getSchema(), table, false, false)) {
                while (index.next()) {
                    String name = index.getString("INDEX_NAME");
                    if (name != null && name.toLowerCase(Locale.ROOT).equals("audit_evaluation_org_uei")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Reads the records in slices of {@link #BATCH} by record number, so memory holds one slice of submissions. */
    private static void backfill(Connection connection) throws SQLException {
        try (PreparedStatement slice = connection.prepareStatement("select seq, submission_gz from audit_evaluation"
                + " where seq > ? and organization_uei is null order by seq limit " + BATCH);
             PreparedStatement write = connection.prepareStatement(
                     "update audit_evaluation set organization_uei = ? where seq = ?")) {
            long after = 0;
            while (true) {
                slice.setLong(1, after);
                int read = 0;
                int pending = 0;
                try (ResultSet rows = slice.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong(1);
                        String uei = OrganizationUei.of(AuditJson.gunzip(rows.getBytes(2)));
                        if (uei != null) {
                            write.setString(1, uei);
                            write.setLong(2, after);
                            write.addBatch();
                            pending++;
                        }
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
                if (read < BATCH) {
                    return;
                }
            }
        }
    }
}
