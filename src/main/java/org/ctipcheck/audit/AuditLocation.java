package org.ctipcheck.audit;

import java.nio.file.Path;

/**
 * Where the audit log lives: the data directory (the default signing key, and the H2 database unless a JDBC URL
 * is given), the database's JDBC URL, and the checkpoint signing key file: a deployment setting (PKCS#8, DER or
 * PEM, never created), or null for the data directory's own key ({@code checkpoint-key.pk8}, created on first use,
 * for the single-user command line).
 */
public record AuditLocation(Path dataDirectory, String jdbcUrl, Path signingKeyFile) {

    public AuditLocation(Path dataDirectory, String jdbcUrl) {
        this(dataDirectory, jdbcUrl, null);
    }

    /** The embedded H2 file database inside the data directory. */
    public static AuditLocation embedded(Path dataDirectory) {
        return new AuditLocation(dataDirectory, h2Url(dataDirectory));
    }

    public static AuditLocation of(Path dataDirectory, String jdbcUrl) {
        return jdbcUrl == null || jdbcUrl.isBlank() ? embedded(dataDirectory) : new AuditLocation(dataDirectory, jdbcUrl);
    }

    /** The same store, signed with the given key file (null: the data directory's key). */
    public AuditLocation withSigningKey(Path keyFile) {
        return new AuditLocation(dataDirectory, jdbcUrl, keyFile);
    }

    static String h2Url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("audit").toString().replace('\\', '/');
    }

    boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The schema named by {@code currentSchema=} in a PostgreSQL URL, or null. */
    String schema() {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("[?&]currentSchema=([^&]+)").matcher(jdbcUrl);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * The kind of database without where it is (for users who run no server): "H2 (embedded)", "PostgreSQL", or
     * "PostgreSQL, schema S" when the URL names one (a schema is not a server address).
     */
    public String kind() {
        if (isPostgres()) {
            return schema() == null ? "PostgreSQL" : "PostgreSQL, schema " + schema();
        }
        return isH2() ? "H2 (embedded)" : "database";
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        return isH2() ? "H2 database in " + dataDirectory : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
