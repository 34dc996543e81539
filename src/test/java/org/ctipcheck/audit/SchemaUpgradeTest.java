package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.ctipcheck.audit.TestStore.Backend;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A store created by an earlier version (schema 3) opens, upgrades and records as a new one does. */
class SchemaUpgradeTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoreAtSchemaThreeIsUpgradedToFindingsInLz4OnPostgres(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            migrateTo(test.location(), "3");
            assertThat(compression(test, test.location().jdbcUrl())).isEqualTo("none");
            try (AuditStore store = test.open()) {
                Entries.writeSamples(store, 3);
                assertThat(store.verify(null).intact()).isTrue();
            }
            assertThat(compression(test, test.location().jdbcUrl())).isEqualTo(backend == Backend.POSTGRES ? "lz4" : "none");
        }
    }

    @Test
    void aRoleThatMayWriteTheLogButNotAlterItsTablesStillOpensAnUpgradedStore() throws Exception {
        String role = "ctip_writer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (TestStore test = TestStore.create(Backend.POSTGRES, folder)) {
            migrateTo(test.location(), "3");
            String schema = test.location().schema();
            try {
                admin(test, "create role " + role + " login",
                        // it may add tables (the key registry of schema 6) but does not own, so cannot alter, those there
                        "grant usage, create on schema " + schema + " to " + role,
                        "grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
                // versions 5 and 7 add columns, which only the owner can; the administrator adds them for the writer role
                admin(test, V5IdempotencyKeys.DDL);
                admin(test, V7OrganizationUei.DDL);
                String asWriter = test.location().jdbcUrl().replaceFirst("user=[^&]*", "user=" + role);
                AuditLocation location = new AuditLocation(folder, asWriter);
                try (AuditStore store = AuditStore.open(location)) {
                    Entries.writeSamples(store, 2);
                    assertThat(store.verify(null).intact()).isTrue();
                }
                assertThat(compression(test, test.location().jdbcUrl())).as("left as it was").isEqualTo("none");
            } finally {
                admin(test, "drop owned by " + role, "drop role if exists " + role);
            }
        }
    }

    private static void migrateTo(AuditLocation location, String version) {
        var configuration = Flyway.configure(AuditStore.class.getClassLoader())
                .dataSource(location.jdbcUrl(), null, null)
                .locations("classpath:db/audit")
                .table("audit_schema_history")
                .target(version);
        if (location.schema() != null) {
            configuration.schemas(location.schema());
        }
        configuration.load().migrate();
    }

    private static void admin(TestStore test, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The compression set on audit_evaluation.findings: "none" on H2, which has no such setting. */
    private static String compression(TestStore test, String url) throws SQLException {
        if (test.backend() == Backend.H2) {
            return "none";
        }
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select case a.attcompression when 'l' then 'lz4' when 'p' then 'pglz'"
                     + " else 'none' end from pg_attribute a join pg_class c on c.oid = a.attrelid"
                     + " join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = current_schema() and c.relname = 'audit_evaluation' and a.attname = 'findings'")) {
            row.next();
            return row.getString(1);
        }
    }
}
