package org.ctipcheck.web.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.ctipcheck.audit.WebhookDeliveryTable.Attempt;
import org.ctipcheck.audit.WebhookDeliveryTable.Delivery;
import org.ctipcheck.web.problem.BadParameter;
import org.ctipcheck.web.problem.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/webhooks/deliveries} (ADMIN): the webhook delivery log, newest first; one delivery with each of its
 * attempts; and redelivery (the same message, webhook-id and body, signed again with a new timestamp).
 */
@RestController
@RequestMapping("/api/v1/webhooks/deliveries")
@Tag(name = "webhooks", description = "The Standard Webhooks delivery log (ADMIN)")
class WebhookController {
    private static final int MAX_PAGE_SIZE = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Webhooks webhooks;
    private final DeliveryLog log;

    WebhookController(Webhooks webhooks, DeliveryLog log) {
        this.webhooks = webhooks;
        this.log = log;
    }

    /**
     * A line of the log: the message, where it went, its state, attempts, last answer and next attempt; shown on
     * its own, also each attempt and the message's body.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryView(String id, String messageId, String url, String event, String status, int attempts,
            Integer lastResponseCode, String lastError, String createdAt, String nextAttemptAt,
            List<Attempt> attemptLog, JsonNode payload, Map<String, String> links) {

        static DeliveryView of(Delivery delivery, List<Attempt> attempts) {
            String self = "/api/v1/webhooks/deliveries/" + delivery.deliveryId();
            return new DeliveryView(delivery.deliveryId(), delivery.messageId(), delivery.endpointUrl(),
                    delivery.eventType(), delivery.status(), delivery.attempts(), delivery.lastResponseCode(),
                    delivery.lastError(), delivery.createdAt(), delivery.nextAttemptAt(), attempts,
                    attempts == null ? null : JSON.readTree(delivery.payload()),
                    Map.of("self", self, "redeliver", self + "/redeliver"));
        }
    }

    record PageView(List<DeliveryView> items, int page, int size, long total) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The webhook delivery log, newest first (ADMIN)")
    @ApiResponse(responseCode = "200", description = "a page of deliveries")
    PageView list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadParameter("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameter("size", "size is 1 to " + MAX_PAGE_SIZE);
        }
        return new PageView(log.list(page, size).stream().map(d -> DeliveryView.of(d, null)).toList(), page, size,
                log.count());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One delivery with each attempt: when, response code, error, duration (ADMIN)")
    @ApiResponse(responseCode = "200", description = "the delivery")
    @ApiResponse(responseCode = "404", description = "no such delivery")
    DeliveryView show(@PathVariable String id) {
        Delivery delivery = log.find(id).orElseThrow(() -> notFound(id));
        return DeliveryView.of(delivery, log.attempts(id));
    }

    @PostMapping(path = "/{id}/redeliver", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a delivery's message again now: same webhook-id and body, new timestamp (ADMIN)")
    @ApiResponse(responseCode = "202", description = "the delivery, PENDING: its next attempt is being made")
    @ApiResponse(responseCode = "404", description = "no such delivery")
    ResponseEntity<DeliveryView> redeliver(@PathVariable String id) {
        Delivery delivery = webhooks.redeliver(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(DeliveryView.of(delivery, null));
    }

    private static NotFound notFound(String id) {
        return new NotFound("no webhook delivery " + id);
    }
}
