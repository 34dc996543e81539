package org.ctipcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.ctipcheck.audit.AuditInputException;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --audit-dir DIR}, {@code --audit-db JDBC-URL} and {@code --signing-key FILE}. The data directory defaults
 * to $CTIP_AUDIT_DIR, else $XDG_DATA_HOME/ctip-check/audit, else ~/.local/share/ctip-check/audit; the database to
 * $CTIP_AUDIT_DB, else an H2 file database in the data directory; the signing key to $CTIP_SIGNING_KEY, else the
 * data directory's own key (created on first use: the single-user default). A key file that is given is read
 * before anything else is done, and never created. With the system property {@code ctip.cli.audit=off} (set by the
 * test build), {@code check} records only when a location is given on the command line, and the environment is
 * not read.
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

    @Option(names = "--signing-key", paramLabel = "FILE",
            description = "Ed25519 private key (PKCS#8, DER or PEM) that signs checkpoints: the deployment's key, one"
                    + " for all hosts writing to a store or one per host (default: $CTIP_SIGNING_KEY, else"
                    + " checkpoint-key.pk8 in the data directory, created on first use).")
    Path signingKey;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The store, with the signing key file checked: a missing or unreadable one, or not Ed25519, is bad input. */
    AuditLocation location() {
        AuditLocation location = AuditLocation.of(directory(), database != null ? database : environment("CTIP_AUDIT_DB"));
        Path keyFile = signingKey != null ? signingKey : pathFromEnvironment("CTIP_SIGNING_KEY");
        if (keyFile != null) {
            try {
                AuditStore.checkSigningKey(keyFile);
            } catch (AuditInputException e) {
                throw new CommandLine.ParameterException(command.commandLine(), e.getMessage()
                        + (signingKey == null ? " (named by $CTIP_SIGNING_KEY)" : ""));
            }
        }
        return location.withSigningKey(keyFile);
    }

    private static Path pathFromEnvironment(String name) {
        String value = environment(name);
        return value == null ? null : Path.of(value);
    }

    /** Where {@code check} records, or empty when auditing is off. */
    Optional<AuditLocation> forCheck(boolean noAudit) {
        if (noAudit) {
            return Optional.empty();
        }
        boolean explicit = directory != null || database != null;
        if (!explicit && "off".equalsIgnoreCase(System.getProperty("ctip.cli.audit", ""))) {
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
        if ("off".equalsIgnoreCase(System.getProperty("ctip.cli.audit", ""))) {
            return null;
        }
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
