package org.ctipcheck.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * An empty audit store for one test: H2 in a temporary folder, or a fresh schema of the PostgreSQL server named
 * by $CTIP_TEST_POSTGRES_URL (skipped when unset; CI sets it, so there a missing server fails the tests).
 * Closing drops the PostgreSQL schema.
 */
final class TestStore implements AutoCloseable {
    enum Backend { H2, POSTGRES }

    private final Backend backend;
    private final AuditLocation location;
    private final String schema;
    private final String baseUrl;

    private TestStore(Backend backend, AuditLocation location, String schema, String baseUrl) {
        this.backend = backend;
        this.location = location;
        this.schema = schema;
        this.baseUrl = baseUrl;
    }

    static TestStore create(Backend backend, Path folder) {
        if (backend == Backend.H2) {
            return new TestStore(backend, AuditLocation.embedded(folder), null, null);
        }
        String url = postgresUrl();
        String schema = "ctip_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestStore(backend, new AuditLocation(folder, withSchema), schema, url);
    }

    static String postgresUrl() {
        String url = System.getenv("CTIP_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "CTIP_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
        return url;
    }

    AuditLocation location() {
        return location;
    }

    Backend backend() {
        return backend;
    }

    AuditStore open() {
        return AuditStore.open(location);
    }

    /** Raw SQL against the store, as someone tampering with the database would run it. */
    void tamper(String... statements) {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(baseUrl);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
