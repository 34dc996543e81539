package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 4, PostgreSQL only (on H2 it changes nothing). Each record's findings JSON (~13 kB for a plan
 * with many gaps) is compressed by the server when stored out of line; with the default pglz that compression was
 * a quarter of the server's time per batch, lz4 does the same job several times faster (measured in
 * docs/benchmarks.md). Servers without lz4 (built without it, or before PostgreSQL 14) keep pglz. Chunks of
 * supply-chain hits are deflated already, so the server stores them without trying to compress them again.
 * Existing values keep their compression; only new ones use lz4. Readers see no difference.
 */
final class V4PostgresLz4Findings extends AuditJavaMigration {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";


    V4PostgresLz4Findings() {
        super(4, "postgres lz4 findings");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // ALTER TABLE waits for an exclusive lock: behind another process's open batch it gives up instead
            // of holding every reader of the store in the queue behind it (the store reports "in use")
            statement.execute("set local lock_timeout = '" + AuditStore.DEFAULT_WAIT.toMillis() + "ms'");
            Savepoint before = connection.setSavepoint();
            try {
                if (lz4Available(statement)) {
                    statement.execute("alter table audit_evaluation alter column findings set compression lz4");
                }
                statement.execute("alter table audit_supply_chain_chunk alter column hits set storage external");
            } catch (SQLException e) {
                if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    throw e;
                }
                // a role that may write the log but not alter its tables: the store works as before, only slower
                connection.rollback(before);
            }
        }
    }

    private static boolean lz4Available(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("select 1 from pg_settings"
                + " where name = 'default_toast_compression' and 'lz4' = any(enumvals)")) {
            return row.next();
        }
    }
}
