package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * The service's background jobs as last written (table service_job): a row per job, written when it is queued,
 * started and ended. Not part of the hash chain; the evaluation a job recorded is.
 */
public final class ServiceJobTable {
    private static final String COLUMNS = "job_id, submitted_by, organization, state, submitted_at, started_at,"
            + " finished_at, rows_read, total_bytes, evaluation_id, error_problem";
    private final Connection connection;

    ServiceJobTable(Connection connection) {
        this.connection = connection;
    }

    /** A job as stored; {@code errorProblem} is the problem detail (JSON) of a failed job. */
    public record Row(String jobId, String submittedBy, String organization, String state, String submittedAt,
            String startedAt, String finishedAt, long rowsRead, long totalBytes, String evaluationId,
            String errorProblem) {
    }

    /** Inserts the job, or replaces the row it has. */
    public void save(Row row) {
        try {
            try (PreparedStatement delete = connection.prepareStatement("delete from service_job where job_id = ?")) {
                delete.setString(1, row.jobId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into service_job (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, row.jobId());
                insert.setString(2, row.submittedBy());
                nullable(insert, 3, row.organization());
                insert.setString(4, row.state());
                insert.setString(5, row.submittedAt());
                nullable(insert, 6, row.startedAt());
                nullable(insert, 7, row.finishedAt());
                insert.setLong(8, row.rowsRead());
                insert.setLong(9, row.totalBytes());
                nullable(insert, 10, row.evaluationId());
                nullable(insert, 11, row.errorProblem());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed("write", e);
        }
    }

    public Optional<Row> find(String jobId) {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from service_job where job_id = ?")) {
            select.setString(1, jobId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    /**
     * Jobs still QUEUED or RUNNING in the store when a service starts were cut off by a stop it did not survive
     * (killed, crashed): they become FAILED with {@code problem}, ended at {@code now}. Returns how many.
     */
    public int failUnfinished(String now, String problem) {
        try (PreparedStatement update = connection.prepareStatement("update service_job set state = 'FAILED',"
                + " finished_at = ?, error_problem = ? where state in ('QUEUED', 'RUNNING')")) {
            update.setString(1, now);
            update.setString(2, problem);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw failed("write", e);
        }
    }

    private static Row row(ResultSet rows) throws SQLException {
        return new Row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getLong(8), rows.getLong(9), rows.getString(10),
                rows.getString(11));
    }

    static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static AuditException failed(String what, SQLException e) {
        return new AuditException("cannot " + what + " the service's jobs: " + AuditStore.firstLine(e), e);
    }
}
