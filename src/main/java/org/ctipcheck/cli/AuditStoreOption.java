package org.ctipcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.ctipcheck.audit.AuditLocation;
import picocli.CommandLine.Option;

/**
 * {@code --audit-dir DIR} and {@code --audit-db JDBC-URL}. The data directory defaults to $CTIP_AUDIT_DIR, else
 * $XDG_DATA_HOME/ctip-check/audit, else ~/.local/share/ctip-check/audit; the database to $CTIP_AUDIT_DB, else an
 * H2 file database in the data directory. With the system property {@code ctip.audit=off} (set by the test build),
 * {@code check} records only when a location is given on the command line.
 */
final class AuditStoreOption {
    @Option(names = "--audit-dir", paramLabel = "DIR",
            description = "Audit data directory: signing key and H2 database (default: $CTIP_AUDIT_DIR, else "
                    + "$XDG_DATA_HOME/ctip-check/audit, else ~/.local/share/ctip-check/audit).")
    Path directory;

    @Option(names = "--audit-db", paramLabel = "JDBC-URL",
            description = "Audit database, e.g. jdbc:postgresql://host:5432/db?user=ctip (default: $CTIP_AUDIT_DB, "
                    + "else H2 in the data directory).")
    String database;

    AuditLocation location() {
        return AuditLocation.of(directory(), database != null ? database : environment("CTIP_AUDIT_DB"));
    }

    /** Where {@code check} records, or empty when auditing is off. */
    Optional<AuditLocation> forCheck(boolean noAudit) {
        if (noAudit) {
            return Optional.empty();
        }
        boolean explicit = directory != null || database != null;
        if (!explicit && "off".equalsIgnoreCase(System.getProperty("ctip.audit", ""))) {
            return Optional.empty();
        }
        return Optional.of(location());
    }

    private Path directory() {
        if (directory != null) {
            return directory;
        }
        String fromEnvironment = environment("CTIP_AUDIT_DIR");
        if (fromEnvironment != null) {
            return Path.of(fromEnvironment);
        }
        String xdg = environment("XDG_DATA_HOME");
        Path base = xdg != null ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("ctip-check").resolve("audit");
    }

    private static String environment(String name) {
        if ("off".equalsIgnoreCase(System.getProperty("ctip.audit", ""))) {
            return null;
        }
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
