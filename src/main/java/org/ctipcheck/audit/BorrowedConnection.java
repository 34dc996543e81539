package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection lent by a host application's pool, and the session state it was lent with: the current schema
 * (PostgreSQL: the whole search_path, which may name a schema that does not exist yet) and auto-commit. The audit log
 * changes both while it works; a pool does not necessarily put them back (HikariCP does not reset a schema it was not
 * configured with), so they are restored before the connection is returned, and the host's next query on it runs
 * where the host expects.
 */
final class BorrowedConnection {
    private final Connection connection;
    private final boolean autoCommit;
    private final String schema;
    private final String searchPath;

    private BorrowedConnection(Connection connection, boolean autoCommit, String schema, String searchPath) {
        this.connection = connection;
        this.autoCommit = autoCommit;
        this.schema = schema;
        this.searchPath = searchPath;
    }

    static BorrowedConnection of(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select current_setting('search_path')")) {
                row.next();
                return new BorrowedConnection(connection, autoCommit, null, row.getString(1));
            }
        }
        return new BorrowedConnection(connection, autoCommit, connection.getSchema(), null);
    }

    /** Puts the session state back; a connection that cannot take it is closed all the same (the pool checks it). */
    void restore() {
        try {
            if (searchPath != null) {
                try (PreparedStatement statement = connection.prepareStatement("select set_config('search_path', ?, false)")) {
                    statement.setString(1, searchPath);
                    statement.execute();
                }
            } else if (schema != null && !schema.equals(connection.getSchema())) {
                connection.setSchema(schema);
            }
            if (!autoCommit) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException ignored) {
            // a broken connection: the pool's own validation discards it
        }
    }
}
