package org.ctipcheck.audit;

import java.nio.file.Path;

/**
 * Where the audit log lives: the data directory (the signing key, and the H2 database unless a JDBC URL is
 * given) and the database's JDBC URL.
 */
public record AuditLocation(Path dataDirectory, String jdbcUrl) {

    /** The embedded H2 file database inside the data directory. */
    public static AuditLocation embedded(Path dataDirectory) {
        return new AuditLocation(dataDirectory, h2Url(dataDirectory));
    }

    public static AuditLocation of(Path dataDirectory, String jdbcUrl) {
        return jdbcUrl == null || jdbcUrl.isBlank() ? embedded(dataDirectory) : new AuditLocation(dataDirectory, jdbcUrl);
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

    /** The URL without credentials, for messages. */
    public String describe() {
        return isH2() ? "H2 database in " + dataDirectory : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
