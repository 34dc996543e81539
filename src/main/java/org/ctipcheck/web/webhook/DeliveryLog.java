package org.ctipcheck.web.webhook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.WebhookDeliveryTable;
import org.ctipcheck.audit.WebhookDeliveryTable.Attempt;
import org.ctipcheck.audit.WebhookDeliveryTable.Delivery;
import org.ctipcheck.spring.CtipAuditLog;
import org.springframework.stereotype.Component;

/**
 * The webhook delivery log: in the audit store (tables webhook_delivery, webhook_attempt) so that it outlives a
 * restart and pending deliveries are resumed; in memory when the service does not record (ctip.audit.enabled=false).
 */
@Component
class DeliveryLog {
    private final CtipAuditLog auditLog;
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    private final Map<String, List<Attempt>> attempts = new LinkedHashMap<>();

    DeliveryLog(CtipAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    private <T> T stored(Function<WebhookDeliveryTable, T> action) {
        try (AuditStore store = auditLog.open()) {
            return action.apply(store.webhookDeliveries());
        }
    }

    synchronized void insert(Delivery delivery) {
        if (auditLog.enabled()) {
            stored(table -> {
                table.insert(delivery);
                return null;
            });
        } else {
            deliveries.put(delivery.deliveryId(), delivery);
        }
    }

    synchronized void attempted(Delivery delivery, Attempt attempt, String status, String nextAttemptAt) {
        if (auditLog.enabled()) {
            stored(table -> {
                table.attempted(delivery.deliveryId(), attempt, status, nextAttemptAt);
                return null;
            });
        } else {
            attempts.computeIfAbsent(delivery.deliveryId(), id -> new ArrayList<>()).add(attempt);
            deliveries.put(delivery.deliveryId(), new Delivery(delivery.deliveryId(), delivery.messageId(),
                    delivery.endpointUrl(), delivery.eventType(), delivery.payload(), status, attempt.attempt(),
                    attempt.responseCode(), attempt.error(), delivery.createdAt(), nextAttemptAt));
        }
    }

    synchronized void reschedule(Delivery delivery, String when) {
        if (auditLog.enabled()) {
            stored(table -> {
                table.reschedule(delivery.deliveryId(), when);
                return null;
            });
        } else {
            deliveries.put(delivery.deliveryId(), new Delivery(delivery.deliveryId(), delivery.messageId(),
                    delivery.endpointUrl(), delivery.eventType(), delivery.payload(), "PENDING", delivery.attempts(),
                    delivery.lastResponseCode(), delivery.lastError(), delivery.createdAt(), when));
        }
    }

    synchronized Optional<Delivery> find(String id) {
        return auditLog.enabled() ? stored(table -> table.find(id)) : Optional.ofNullable(deliveries.get(id));
    }

    synchronized List<Attempt> attempts(String id) {
        return auditLog.enabled() ? stored(table -> table.attempts(id)) : List.copyOf(attempts.getOrDefault(id, List.of()));
    }

    synchronized List<Delivery> list(int page, int size) {
        if (auditLog.enabled()) {
            return stored(table -> table.list(size, page * size));
        }
        return deliveries.values().stream().sorted(Comparator.comparing(Delivery::createdAt).reversed())
                .skip((long) page * size).limit(size).toList();
    }

    synchronized long count() {
        return auditLog.enabled() ? stored(WebhookDeliveryTable::count) : deliveries.size();
    }

    synchronized List<Delivery> pending() {
        if (auditLog.enabled()) {
            return stored(WebhookDeliveryTable::pending);
        }
        return deliveries.values().stream().filter(d -> d.status().equals("PENDING")).toList();
    }
}
