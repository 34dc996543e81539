package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service's webhook delivery log (tables webhook_delivery and webhook_attempt): each message to each endpoint,
 * its state, attempts and when the next one is due. Not part of the hash chain.
 */
public final class WebhookDeliveryTable {
    private static final String COLUMNS = "delivery_id, message_id, endpoint_url, event_type, payload, status, attempts,"
            + " last_response_code, last_error, created_at, next_attempt_at";
    private final Connection connection;

    WebhookDeliveryTable(Connection connection) {
        this.connection = connection;
    }

    /** A delivery as stored; {@code lastResponseCode} is null when no answer came (timeout, connection refused). */
    public record Delivery(String deliveryId, String messageId, String endpointUrl, String eventType, String payload,
            String status, int attempts, Integer lastResponseCode, String lastError, String createdAt,
            String nextAttemptAt) {
    }

    /** One attempt: when, the response code (null: no answer), the error, how long it took. */
    public record Attempt(int attempt, String attemptedAt, Integer responseCode, String error, long durationMillis) {
    }

    public void insert(Delivery delivery) {
        try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, delivery.deliveryId());
            insert.setString(2, delivery.messageId());
            insert.setString(3, delivery.endpointUrl());
            insert.setString(4, delivery.eventType());
            insert.setString(5, delivery.payload());
            insert.setString(6, delivery.status());
            insert.setInt(7, delivery.attempts());
            code(insert, 8, delivery.lastResponseCode());
            ServiceJobTable.nullable(insert, 9, delivery.lastError());
            insert.setString(10, delivery.createdAt());
            ServiceJobTable.nullable(insert, 11, delivery.nextAttemptAt());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failed("write", e);
        }
    }

    /** Logs an attempt and the delivery's state after it, in one transaction. */
    public void attempted(String deliveryId, Attempt attempt, String status, String nextAttemptAt) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook_attempt (delivery_id,"
                    + " attempt, attempted_at, response_code, error, duration_ms) values (?, ?, ?, ?, ?, ?)");
                 PreparedStatement update = connection.prepareStatement("update webhook_delivery set status = ?,"
                         + " attempts = ?, last_response_code = ?, last_error = ?, next_attempt_at = ?"
                         + " where delivery_id = ?")) {
                insert.setString(1, deliveryId);
                insert.setInt(2, attempt.attempt());
                insert.setString(3, attempt.attemptedAt());
                code(insert, 4, attempt.responseCode());
                ServiceJobTable.nullable(insert, 5, attempt.error());
                insert.setLong(6, attempt.durationMillis());
                insert.executeUpdate();
                update.setString(1, status);
                update.setInt(2, attempt.attempt());
                code(update, 3, attempt.responseCode());
                ServiceJobTable.nullable(update, 4, attempt.error());
                ServiceJobTable.nullable(update, 5, nextAttemptAt);
                update.setString(6, deliveryId);
                update.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the failure below says what went wrong
            }
            throw failed("write", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed with the store
            }
        }
    }

    /** Marks a delivery due again (redelivery): PENDING, next attempt at {@code when}. */
    public void reschedule(String deliveryId, String when) {
        try (PreparedStatement update = connection.prepareStatement("update webhook_delivery set status = 'PENDING',"
                + " next_attempt_at = ? where delivery_id = ?")) {
            update.setString(1, when);
            update.setString(2, deliveryId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failed("write", e);
        }
    }

    public Optional<Delivery> find(String deliveryId) {
        List<Delivery> found = select(" where delivery_id = ?", List.of(deliveryId), 1, 0);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Newest first, a page of them. */
    public List<Delivery> list(int limit, int offset) {
        return select(" order by created_at desc, delivery_id", List.of(), limit, offset);
    }

    /** Deliveries still to be made (PENDING), for a service that starts again. */
    public List<Delivery> pending() {
        return select(" where status = 'PENDING' order by created_at", List.of(), 10_000, 0);
    }

    public long count() {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from webhook_delivery");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    public List<Attempt> attempts(String deliveryId) {
        List<Attempt> attempts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select attempt, attempted_at, response_code, error,"
                + " duration_ms from webhook_attempt where delivery_id = ? order by attempt")) {
            select.setString(1, deliveryId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int code = rows.getInt(3);
                    Integer responseCode = rows.wasNull() ? null : code; // wasNull: of the column read last
                    attempts.add(new Attempt(rows.getInt(1), rows.getString(2), responseCode, rows.getString(4),
                            rows.getLong(5)));
                }
            }
            return attempts;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private List<Delivery> select(String where, List<String> parameters, int limit, int offset) {
        List<Delivery> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from webhook_delivery"
                + where + " limit " + limit + " offset " + offset)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int code = rows.getInt(8);
                    Integer lastCode = rows.wasNull() ? null : code;
                    found.add(new Delivery(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getInt(7), lastCode, rows.getString(9),
                            rows.getString(10), rows.getString(11)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private static void code(PreparedStatement statement, int index, Integer code) throws SQLException {
        if (code == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, code);
        }
    }

    private static AuditException failed(String what, SQLException e) {
        return new AuditException("cannot " + what + " the webhook delivery log: " + AuditStore.firstLine(e), e);
    }
}
