package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** A host application opens the audit log on its own DataSource, in a schema of its choice or the default one. */
class DataSourceStoreTest {
    private static final int POOL_SIZE = 3;
    @TempDir
    Path folder;

    @Test
    void anH2DataSourceInItsDefaultSchemaAndInANamedOne() throws Exception {
        for (String schema : new String[] {null, "audit_log"}) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + folder.resolve("host-" + schema).toAbsolutePath());
            writeReopenAndVerify(dataSource, schema);
            assertThat(tables(dataSource, schema == null ? "PUBLIC" : schema)).isEqualTo(1);
        }
        assertThat(Files.exists(folder.resolve("audit.lock"))).as("no file lock: the host owns concurrency").isFalse();
    }

    @Test
    void aPostgresDataSourceInANamedSchema() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestStore.postgresUrl());
        String schema = "ctip_ds_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            writeReopenAndVerify(dataSource, schema);
            assertThat(tables(dataSource, schema)).isEqualTo(1);
            assertThat(tables(dataSource, "public")).as("nothing in the default schema").isZero();
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /**
     * A pool (HikariCP, as Spring Boot gives a host) does not reset a schema it was not configured with: the store puts
     * the lent connection's schema and auto-commit back, so the host's next query on it runs in the host's schema.
     */
    @Test
    void aPooledH2ConnectionGoesBackInTheHostsSchemaAndTransactionMode() throws Exception {
        try (com.zaxxer.hikari.HikariDataSource pool = smallPool("jdbc:h2:file:"
                + folder.resolve("pooled").toAbsolutePath())) {
            pool.setAutoCommit(false);
            writeReopenAndVerify(pool, "audit_log");
            for (Connection connection : everyConnection(pool)) {
                try (connection) {
                    assertThat(connection.getSchema()).isEqualTo("PUBLIC");
                    assertThat(connection.getAutoCommit()).isFalse();
                }
            }
        }
    }

    @Test
    void aPooledPostgresConnectionGoesBackWithItsSearchPath() throws Exception {
        String schema = "ctip_ds_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String hostSchema = "host_" + schema;
        String url = TestStore.postgresUrl();
        try (com.zaxxer.hikari.HikariDataSource pool = smallPool(url + (url.contains("?") ? "&" : "?")
                + "currentSchema=" + hostSchema)) {
            try {
                writeReopenAndVerify(pool, schema);
                for (Connection connection : everyConnection(pool)) {
                    try (connection; Statement statement = connection.createStatement();
                         ResultSet row = statement.executeQuery("select current_setting('search_path')")) {
                        row.next();
                        assertThat(row.getString(1)).isEqualTo(hostSchema);
                    }
                }
            } finally {
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }

    /** A small pool (the store holds one connection while Flyway, on a first start, takes others). */
    private static com.zaxxer.hikari.HikariDataSource smallPool(String url) {
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(POOL_SIZE);
        return pool;
    }

    /** Every connection of the pool at once, so none the store used escapes the check. */
    private static java.util.List<Connection> everyConnection(DataSource pool) throws Exception {
        java.util.List<Connection> connections = new java.util.ArrayList<>();
        for (int i = 0; i < POOL_SIZE; i++) {
            connections.add(pool.getConnection());
        }
        return connections;
    }

    private void writeReopenAndVerify(DataSource dataSource, String schema) {
        try (AuditStore store = AuditStore.open(dataSource, schema, folder)) {
            Entries.writeSamples(store, 2);
            try (AuditWriter writer = store.writer()) {
                AuditStamp stamp = writer.next();
                writer.append(stamp, ChildChecks.entry("host-request-1", stamp));
                writer.commit();
            }
        }
        try (AuditStore store = AuditStore.open(dataSource, schema, folder)) {
            try (AuditWriter writer = store.writer()) {
                assertThat(writer.recorded("host-request-1")).map(AuditRecord::sequence).contains(3L);
            }
            ChainVerification result = store.verify(AuditStore.readPublicKey(writePublicKey(store)));
            assertThat(result.intact()).as(result.message()).isTrue();
            assertThat(result.records()).isEqualTo(3);
        }
    }

    private Path writePublicKey(AuditStore store) {
        try {
            return Files.writeString(folder.resolve("trusted.pub.pem"), store.publicKeyPem());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many audit_evaluation tables the schema holds (0 or 1). */
    private static long tables(DataSource dataSource, String schema) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from information_schema.tables"
                     + " where table_schema = ? and lower(table_name) = 'audit_evaluation'")) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
