package org.ctipcheck.spring;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.SignedHead;

/**
 * Where checks are recorded: the application's DataSource (in a schema of the audit log's own), a database of its
 * own, or nowhere ({@link #off()}). Each check opens the store for its own use and closes it, so an embedded H2 store
 * stays free for a command line in between. The one bean the check, the health contributor and {@code ctip serve}'s
 * audit endpoints share.
 */
public final class CtipAuditLog {
    private static final CtipAuditLog OFF = new CtipAuditLog(null, "off", "off");

    private final Supplier<AuditStore> opener;
    private final String description;

    /** The store's kind without its path or URL: "H2 (embedded)", "PostgreSQL", "PostgreSQL, schema S", "off". */
    private final String kind;

    private CtipAuditLog(Supplier<AuditStore> opener, String description, String kind) {
        this.opener = opener;
        this.description = description;
        this.kind = kind;
    }

    /** Nothing is recorded. */
    public static CtipAuditLog off() {
        return OFF;
    }

    /** A store at a JDBC URL or in a data directory, as {@code ctip check --audit-dir/--audit-db} names it. */
    public static CtipAuditLog at(AuditLocation location) {
        return new CtipAuditLog(() -> AuditStore.open(location), location.describe(), location.kind());
    }

    /** A store in {@code schema} of the application's DataSource, signed with the key in {@code keyDirectory}. */
    public static CtipAuditLog onDataSource(DataSource dataSource, String schema, Path keyDirectory, Path signingKey) {
        Supplier<AuditStore> opener = () -> AuditStore.open(dataSource, schema, keyDirectory, signingKey,
                AuditStore.DEFAULT_WAIT);
        String where;
        String kind;
        try (AuditStore store = opener.get()) { // created or migrated now: a bad setting stops the start
            where = store.location().describe() + (schema == null ? "" : ", schema " + schema);
            kind = schema == null ? store.location().kind()
                    : store.location().kind().replaceFirst(", schema .*$", "") + ", schema " + schema;
        }
        return new CtipAuditLog(opener, where, kind);
    }

    public boolean enabled() {
        return opener != null;
    }

    /** Opens the store for one use; close it when done. */
    public AuditStore open() {
        if (opener == null) {
            throw new IllegalStateException("the audit log is off (ctip.audit.enabled=false)");
        }
        return opener.get();
    }

    /** The supplier a {@link org.ctipcheck.check.ComplianceCheck} records with; null when off. */
    Supplier<AuditStore> opener() {
        return opener;
    }

    /** The newest signed checkpoint: the chain's record count and head hash; empty for an empty log. */
    public Optional<SignedHead> head() {
        try (AuditStore store = open()) {
            return store.signedHead();
        }
    }

    /** Where it records, for messages and health details (no credentials): "off" when off. */
    public String describe() {
        return description;
    }

    /** The store's kind, without a path or URL (for health details shown to users): see the field. */
    public String kind() {
        return kind;
    }

    @Override
    public String toString() {
        return "audit log: " + description;
    }
}
