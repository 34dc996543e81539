package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * An open audit log: one JDBC connection to H2 (embedded file) or PostgreSQL, schema migrated by Flyway, and the
 * checkpoint signing key of the data directory. Close it when done; an embedded H2 store is held by one process at
 * a time (another process blocks on the store's lock file for up to {@code wait}, then gets
 * {@link StoreInUseException}). A host application can open it on its own {@link javax.sql.DataSource} instead
 * ({@link #open(javax.sql.DataSource, String, java.nio.file.Path)}).
 */
public final class AuditStore implements AutoCloseable {
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** The newest migration (db/audit or a Java one); when the store is at it, Flyway (slow to start) is not run. */
    static final String SCHEMA_VERSION = "8";

    private final AuditLocation location;
    private final Connection connection;
    private final Duration wait;
    private final StoreLock lock;
    /** A host's pooled connection, put back as it was lent; null for a connection of the store's own. */
    private final BorrowedConnection borrowed;
    private SigningKey signingKey;

    private AuditStore(AuditLocation location, Connection connection, Duration wait, StoreLock lock) {
        this(location, connection, wait, lock, null);
    }

    private AuditStore(AuditLocation location, Connection connection, Duration wait, StoreLock lock,
            BorrowedConnection borrowed) {
        this.location = location;
        this.connection = connection;
        this.wait = wait;
        this.lock = lock;
        this.borrowed = borrowed;
    }

    public static AuditStore open(AuditLocation location) {
        return open(location, DEFAULT_WAIT);
    }

    public static AuditStore open(AuditLocation location, Duration wait) {
        if (!location.isH2() && !location.isPostgres()) {
            throw new AuditException("unsupported audit database URL (expected jdbc:h2: or jdbc:postgresql:): "
                    + location.describe());
        }
        try {
            java.nio.file.Files.createDirectories(location.dataDirectory());
        } catch (java.io.IOException e) {
            throw new AuditException("cannot create the audit data directory " + location.dataDirectory() + ": " + e.getMessage(), e);
        }
        StoreLock lock = location.isH2() ? StoreLock.acquire(location.dataDirectory(), wait, location.describe()) : null;
        Connection connection;
        try {
            connection = connectWhenFree(location, lock != null, wait);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
        try {
            if (!atCurrentSchema(connection)) {
                migrate(Flyway.configure(AuditStore.class.getClassLoader()).dataSource(location.jdbcUrl(), null, null),
                        location.schema(), location.describe());
            }
            return new AuditStore(location, connection, wait, lock);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * A process killed while holding an H2 store releases its locks as its files close, audit.lock (opened first)
     * a moment before the database file: a store that was waiting for audit.lock may find H2's own lock still
     * held for that moment, so it tries again for up to a second (within its wait) before saying "in use".
     */
    private static Connection connectWhenFree(AuditLocation location, boolean locked, Duration wait) {
        long giveUpAt = System.nanoTime() + Math.min(wait.toNanos(), Duration.ofSeconds(1).toNanos());
        while (true) {
            try {
                return connect(location);
            } catch (StoreInUseException e) {
                if (!locked || System.nanoTime() >= giveUpAt) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Opens a store that exists already, for reading it: nothing is created where there is no audit log (a
     * mistyped --audit-dir must not leave an empty log behind that then verifies as intact).
     */
    public static AuditStore openExisting(AuditLocation location) {
        if (location.isH2() || location.isPostgres()) {
            requireExisting(location);
        }
        return open(location);
    }

    private static void requireExisting(AuditLocation location) {
        boolean exists;
        if (location.isH2()) {
            java.nio.file.Path file = h2File(location.jdbcUrl());
            exists = file == null || java.nio.file.Files.exists(file);
        } else {
            try (Connection connection = connect(location)) {
                // a schema named by currentSchema= that does not exist yet is no schema at all (null)
                String schema = connection.getSchema();
                try (java.sql.ResultSet table = connection.getMetaData().getTables(null, schema, "audit_schema_history",
                        null)) {
                    exists = schema != null && table.next();
                }
            } catch (SQLException e) {
                throw new AuditException("cannot read the audit log (" + location.describe() + "): " + firstLine(e), e);
            }
        }
        if (!exists) {
            throw new AuditInputException("no audit log in " + location.describe() + ": nothing has been recorded"
                    + " there (check --audit-dir and --audit-db; ctip check creates the log)");
        }
    }

    /** The database file of an H2 file URL, or null when it cannot be told (in-memory, server or "~" URLs). */
    private static java.nio.file.Path h2File(String url) {
        String path = url.substring("jdbc:h2:".length());
        int options = path.indexOf(';');
        path = options < 0 ? path : path.substring(0, options);
        if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:")) {
            return null;
        }
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        // "~/..." is H2's own home-directory shorthand: left to H2 (this package reads no system properties)
        return path.startsWith("~") ? null : java.nio.file.Path.of(path + ".mv.db");
    }

    private static Connection connect(AuditLocation location) {
        try {
            Properties properties = new Properties();
            if (location.isPostgres()) {
                properties.setProperty("reWriteBatchedInserts", "true");
            }
            if (location.isH2() && !location.jdbcUrl().toUpperCase(java.util.Locale.ROOT).contains("MAX_COMPACT_TIME")) {
                // H2 compacts the file for up to 200 ms on every close, which a one-record check pays in full.
                // Free space is reused by later writes; the file grows a little faster (measured: 40 checks,
                // 2.0 MB against 1.7 MB). A URL that sets MAX_COMPACT_TIME itself keeps its own value.
                properties.setProperty("MAX_COMPACT_TIME", "0");
            }
            if (location.isH2() && !location.jdbcUrl().toUpperCase(java.util.Locale.ROOT).contains("CACHE_SIZE")) {
                // The commit of a large batch revisits every row it wrote; with H2's default 16 MB page cache it
                // first reads most of them back from the file (measured, 200,000 rule hits: median 109k-134k
                // against 128k-150k rows/s with 64 MB). The cache only grows as pages are used: a one-record
                // check does not pay for it. At most an eighth of the heap, for small containers.
                long kb = Math.min(64L * 1024, Runtime.getRuntime().maxMemory() / 8 / 1024);
                properties.setProperty("CACHE_SIZE", Long.toString(Math.max(kb, 16L * 1024)));
            }
            // The driver itself, not DriverManager: its first use loads and initializes every JDBC driver on the
            // class path, which a cold check would pay for a database it does not use.
            java.sql.Driver driver = location.isH2() ? org.h2.Driver.load() : new org.postgresql.Driver();
            Connection connection = driver.connect(location.jdbcUrl(), properties);
            if (connection == null) {
                throw new SQLException("no JDBC driver accepts " + location.describe());
            }
            return connection;
        } catch (SQLException e) {
            if (inUse(e)) {
                // our lock file is free, yet H2 refuses: something other than ctip holds the database
                throw new StoreInUseException("the audit store " + location.describe()
                        + " is in use by another process; nothing was recorded (try again when it has finished)");
            }
            throw new AuditException("cannot open the audit log (" + location.describe() + "): " + firstLine(e), e);
        }
    }

    static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A check costs one query, not a Flyway start, once the store is at the current schema version. */
    private static boolean atCurrentSchema(Connection connection) {
        try (java.sql.PreparedStatement statement = connection.prepareStatement(
                "select count(*) from \"audit_schema_history\" where \"version\" = ? and \"success\" = true")) {
            statement.setString(1, SCHEMA_VERSION);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                return row.next() && row.getLong(1) == 1;
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    private static void migrate(org.flywaydb.core.api.configuration.FluentConfiguration database, String schema,
            String describe) {
        try {
            var configuration = database
                    .locations("classpath:db/audit")
                    .javaMigrations(new V4PostgresLz4Findings(), new V5IdempotencyKeys(), new V7OrganizationUei())
                    .table("audit_schema_history");
            if (schema != null) {
                configuration.schemas(schema);
            }
            configuration.load().migrate();
        } catch (FlywayException e) {
            if (inUse(e)) {
                throw new StoreInUseException("the audit store " + describe + " is in use by another"
                        + " process, which holds a table its schema upgrade must change; try again when it has finished");
            }
            throw new AuditException("cannot prepare the audit log schema (" + describe + "): " + firstLine(e), e);
        }
    }

    /**
     * The audit log in a host application's database: one connection is taken from {@code dataSource} for as long
     * as the store is open, the schema is created or migrated by Flyway on the same data source (in {@code schema},
     * or the connection's default schema when null), and checkpoints are signed with the key in
     * {@code keyDirectory}. No file lock is taken: the host owns concurrency. The connection goes back to the pool with
     * the schema and auto-commit it was lent with. Writers on PostgreSQL still serialize
     * on the chain head row; an embedded H2 file database must be opened with {@link #open(AuditLocation)}, which
     * keeps a second process out of it.
     */
    public static AuditStore open(javax.sql.DataSource dataSource, String schema, java.nio.file.Path keyDirectory) {
        return open(dataSource, schema, keyDirectory, DEFAULT_WAIT);
    }

    /**
     * As {@link #open(javax.sql.DataSource, String, java.nio.file.Path)}; a writer waits up to {@code wait} for the
     * chain head.
     */
    public static AuditStore open(javax.sql.DataSource dataSource, String schema, java.nio.file.Path keyDirectory,
            Duration wait) {
        return open(dataSource, schema, keyDirectory, null, wait);
    }

    /**
     * As {@link #open(javax.sql.DataSource, String, java.nio.file.Path, Duration)}, signing with the key in
     * {@code signingKeyFile} (PKCS#8, never created) when it is not null: the deployment's key, shared by hosts.
     */
    public static AuditStore open(javax.sql.DataSource dataSource, String schema, java.nio.file.Path keyDirectory,
            java.nio.file.Path signingKeyFile, Duration wait) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new AuditException("cannot open the audit log on the data source given: " + firstLine(e), e);
        }
        BorrowedConnection borrowed = null;
        try {
            AuditLocation location;
            try {
                borrowed = BorrowedConnection.of(connection);
                // a pool may hand out connections in a transaction: reads must not hold one open between writes
                connection.setAutoCommit(true);
                location = new AuditLocation(keyDirectory, connection.getMetaData().getURL())
                        .withSigningKey(signingKeyFile);
            } catch (SQLException e) {
                throw new AuditException("cannot open the audit log on the data source given: " + firstLine(e), e);
            }
            if (!location.isH2() && !location.isPostgres()) {
                throw new AuditException("unsupported audit database (expected H2 or PostgreSQL): " + location.describe());
            }
            if (!useSchema(connection, schema) || !atCurrentSchema(connection)) {
                migrate(Flyway.configure(AuditStore.class.getClassLoader()).dataSource(dataSource), schema,
                        location.describe());
                if (!useSchema(connection, schema)) {
                    throw new AuditException("the audit log schema " + schema + " was not created in " + location.describe());
                }
            }
            return new AuditStore(location, connection, wait, null, borrowed);
        } catch (RuntimeException e) {
            if (borrowed != null) {
                borrowed.restore();
            }
            closeQuietly(connection);
            throw e;
        }
    }

    /** Makes {@code schema} the connection's current schema; false when it does not exist (yet). */
    private static boolean useSchema(Connection connection, String schema) {
        if (schema == null) {
            return true;
        }
        try {
            connection.setSchema(schema);
            return schema.equals(connection.getSchema());
        } catch (SQLException missing) {
            return false;
        }
    }

    /**
     * Where the store is; for one opened on a DataSource, the key directory and the URL its driver reports (for
     * messages: it carries no credentials, so it may not open the database again).
     */
    public AuditLocation location() {
        return location;
    }

    Connection connection() {
        return connection;
    }

    boolean isPostgres() {
        return location.isPostgres();
    }

    String describe() {
        return location.describe();
    }

    Duration waitLimit() {
        return wait;
    }

    /**
     * Reads the signing key now, so that a bad key file is reported before anything is evaluated and the signature
     * provider's first use (tens of milliseconds on a cold JVM) can overlap other work when called on another
     * thread; writing calls it anyway.
     */
    public void prepareToSign() {
        signingKey().sign("ctip-audit-warm-up");
    }

    /** The key this store signs with; read once (created once for a data directory that has none yet). */
    synchronized SigningKey signingKey() {
        if (signingKey == null) {
            if (location.signingKeyFile() == null) {
                refuseNewKeyWhileSignedRecordsExist();
            }
            signingKey = SigningKey.of(location);
        }
        return signingKey;
    }

    /**
     * A data directory whose key file is gone while the log holds checkpoints it signed does not get a new key: that
     * would hide the loss (and a key thief's re-signed chain) behind a fresh start. It signed them when the log is this
     * directory's embedded database, or when the key's public half is still beside the missing private one; a host
     * joining a shared PostgreSQL store with a directory that never had a key gets a key of its own, as before.
     */
    private void refuseNewKeyWhileSignedRecordsExist() {
        java.nio.file.Path directory = location.dataDirectory();
        if (SigningKey.exists(directory) || (isPostgres() && !SigningKey.hadKey(directory))) {
            return;
        }
        java.util.Map<String, Long> signed = new java.util.TreeMap<>();
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "select key_id, max(record_count) from audit_checkpoint group by key_id")) {
            while (rows.next()) {
                signed.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new AuditException("cannot read the checkpoints of " + describe() + ": " + e.getMessage(), e);
        }
        if (!signed.isEmpty()) {
            long records = signed.values().stream().mapToLong(Long::longValue).max().orElse(0);
            throw new AuditInputException("the signing key " + directory.resolve(SigningKey.PRIVATE_FILE)
                    + " is missing, but the audit log " + describe() + " holds " + records + " records signed with key "
                    + String.join(", ", signed.keySet()) + "; a new key is not created while signed records exist:"
                    + " restore the key file from a backup, or name the key file that signs for this log");
        }
    }

    /**
     * Starts a batch: holds the chain head from its first {@link AuditWriter#next()} until
     * {@link AuditWriter#commit()} or close. The batch owns the store's connection meanwhile (its sender thread
     * writes on it): query or verify after the writer is closed.
     */
    public AuditWriter writer() {
        return AuditWriter.start(this);
    }

    public AuditQueries queries() {
        return new AuditQueries(connection);
    }

    /** The service's background jobs, beside the log (not part of its chain). */
    public ServiceJobTable serviceJobs() {
        return new ServiceJobTable(connection);
    }

    /** The service's webhook deliveries and their attempts, beside the log (not part of its chain). */
    public WebhookDeliveryTable webhookDeliveries() {
        return new WebhookDeliveryTable(connection);
    }

    /** Verifies trusting only {@code trustedKey}, or, when it is null, the keys registered in the store. */
    public ChainVerification verify(java.security.PublicKey trustedKey) {
        return verifyTrusting(trustedKey == null ? java.util.List.of() : java.util.List.of(trustedKey));
    }

    /**
     * Walks the chain and checks every checkpoint's signature under the key it names. With keys given, only those
     * are trusted; with none, every key registered in the store is (trust then comes from the store itself). This
     * host's key is only read, never created, to tell which signer it is.
     */
    public ChainVerification verifyTrusting(java.util.List<java.security.PublicKey> trustedKeys) {
        java.security.PublicKey local = SigningKey.existing(location).map(SigningKey::publicKey).orElse(null);
        return new ChainVerifier(connection, trustedKeys, local).verify();
    }

    /** Checks each witness against the records as stored; run {@link #verify} for the chain itself. */
    public java.util.List<WitnessResult> checkWitnesses(java.util.List<AuditWitness> witnesses,
            java.util.List<java.security.PublicKey> trustedKeys) {
        return new WitnessCheck(connection, trustedKeys).check(witnesses);
    }

    /** The newest signed checkpoint with its public key, for keeping outside the server; empty for an empty log. */
    public java.util.Optional<SignedHead> signedHead() {
        return SignedHead.latest(connection, SigningKey.existing(location).map(SigningKey::publicKey).orElse(null));
    }

    /** The checkpoint public key in PEM, for keeping outside the data directory; never creates a key. */
    public String publicKeyPem() {
        SigningKey key = SigningKey.existing(location).orElseThrow(() -> new AuditInputException("no signing key in "
                + location.dataDirectory() + " (this data directory has not signed a checkpoint yet; give the"
                + " deployment's key with --signing-key)"));
        return SigningKey.pem(key.publicKey());
    }

    public static java.security.PublicKey readPublicKey(java.nio.file.Path pemFile) {
        return SigningKey.readPublic(pemFile);
    }

    /** Reads a signing key file as {@link #open} would, so that a bad one is reported before any work is done. */
    public static void checkSigningKey(java.nio.file.Path keyFile) {
        SigningKey.load(keyFile);
    }

    @Override
    public void close() {
        if (borrowed != null) {
            borrowed.restore();
        }
        closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was pending
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
