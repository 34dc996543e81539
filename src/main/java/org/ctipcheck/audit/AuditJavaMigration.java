package org.ctipcheck.audit;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration written in Java (where SQL alone cannot wait for a lock with a limit or depend on the
 * database): its version, description and a fixed checksum (the version number, so that history rows written by
 * earlier builds still validate), run in the migration's transaction.
 */
abstract class AuditJavaMigration implements JavaMigration {
    private final int version;
    private final String description;

    AuditJavaMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
