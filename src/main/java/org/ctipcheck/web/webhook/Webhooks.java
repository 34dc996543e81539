package org.ctipcheck.web.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ctipcheck.audit.WebhookDeliveryTable.Attempt;
import org.ctipcheck.audit.WebhookDeliveryTable.Delivery;
import org.ctipcheck.web.job.JobEnded;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the service's events to the configured endpoints (Standard Webhooks): a job that ended
 * ({@code job.succeeded}, {@code job.failed}, {@code job.cancelled}) and, for endpoints that ask for it, each
 * recorded evaluation ({@code evaluation.recorded}). Each message is logged (PENDING) before its first attempt;
 * 5xx, 429, timeouts and connection errors are tried again after an exponential backoff with jitter, up to
 * ctip.webhooks.max-attempts (then FAILED); other answers end it (SUCCEEDED on 2xx, FAILED otherwise). A service
 * that starts again resumes the deliveries left PENDING.
 */
@Service
@EnableConfigurationProperties(WebhookProperties.class)
public class Webhooks implements SmartLifecycle {
    private static final Log LOG = LogFactory.getLog(Webhooks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final WebhookProperties properties;
    private final DeliveryLog log;
    private final WebhookSender sender;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService scheduler;
    private volatile boolean running;

    Webhooks(WebhookProperties properties, DeliveryLog log) {
        this.properties = properties;
        this.log = log;
        this.sender = new WebhookSender(properties.connectTimeout(), properties.timeout());
        AtomicInteger count = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "ctip-webhook-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener
    void jobEnded(JobEnded ended) {
        publish("job." + ended.job().state().name().toLowerCase(java.util.Locale.ROOT), ended.job());
    }

    @EventListener
    void evaluationRecorded(EvaluationRecorded recorded) {
        publish("evaluation.recorded", recorded);
    }

    /** Logs a message for each endpoint that wants {@code type}, and schedules its first attempt. */
    void publish(String type, Object data) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("timestamp", clock.instant().toString());
        message.put("data", data);
        String payload = JSON.writeValueAsString(message);
        for (WebhookProperties.Endpoint endpoint : properties.endpoints()) {
            if (!endpoint.events().contains(type)) {
                continue;
            }
            Delivery delivery = new Delivery(UUID.randomUUID().toString(), "msg_" + UUID.randomUUID().toString()
                    .replace("-", ""), endpoint.url().toString(), type, payload, "PENDING", 0, null, null,
                    clock.instant().toString(), clock.instant().toString());
            try {
                log.insert(delivery);
            } catch (RuntimeException e) {
                LOG.error("webhook " + type + " to " + endpoint.url() + " not sent: the delivery log cannot be written: "
                        + e.getMessage());
                continue;
            }
            schedule(delivery.deliveryId(), Duration.ZERO);
        }
    }

    /** Tries a delivery again now (its attempts go on counting); empty when there is no such delivery. */
    public Optional<Delivery> redeliver(String id) {
        Optional<Delivery> found = log.find(id);
        found.ifPresent(delivery -> {
            log.reschedule(delivery, clock.instant().toString());
            schedule(id, Duration.ZERO);
        });
        return found.flatMap(delivery -> log.find(id));
    }

    private void schedule(String deliveryId, Duration delay) {
        if (!running) {
            return; // logged PENDING: resumed when the service starts again
        }
        scheduler.schedule(() -> attempt(deliveryId), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(String deliveryId) {
        try {
            Delivery delivery = log.find(deliveryId).orElse(null);
            if (delivery == null || !delivery.status().equals("PENDING")) {
                return;
            }
            WebhookProperties.Endpoint endpoint = endpoint(delivery.endpointUrl());
            if (endpoint == null) {
                log.attempted(delivery, new Attempt(delivery.attempts() + 1, clock.instant().toString(), null,
                        "the endpoint is no longer configured (ctip.webhooks.endpoints)", 0), "FAILED", null);
                return;
            }
            Instant start = clock.instant();
            WebhookSender.Outcome outcome = sender.send(URI.create(delivery.endpointUrl()), endpoint.secret(),
                    delivery.messageId(), delivery.payload(), start.getEpochSecond());
            int number = delivery.attempts() + 1;
            Attempt attempt = new Attempt(number, start.toString(), outcome.status(), outcome.error(),
                    Duration.between(start, clock.instant()).toMillis());
            if (outcome.delivered()) {
                log.attempted(delivery, attempt, "SUCCEEDED", null);
            } else if (outcome.retryable() && number < properties.maxAttempts()) {
                Duration wait = backoff(number);
                log.attempted(delivery, attempt, "PENDING", clock.instant().plus(wait).toString());
                schedule(deliveryId, wait);
            } else {
                log.attempted(delivery, attempt, "FAILED", null);
            }
        } catch (RuntimeException e) {
            LOG.error("webhook delivery " + deliveryId + " could not be attempted: " + e.getMessage());
        }
    }

    /** initial × 2^(attempt−1), at most max; half of it fixed, half random (jitter spreads retries out). */
    Duration backoff(int attemptsMade) {
        long base = properties.initialBackoff().toMillis();
        long exponential = attemptsMade >= 31 ? Long.MAX_VALUE : base * (1L << (attemptsMade - 1));
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, properties.maxBackoff().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    private WebhookProperties.Endpoint endpoint(String url) {
        return properties.endpoints().stream().filter(e -> e.url().toString().equals(url)).findFirst().orElse(null);
    }

    /** Resumes the deliveries a previous run left PENDING, each when it is due. */
    @Override
    public void start() {
        running = true;
        if (properties.endpoints().isEmpty()) {
            return;
        }
        try {
            for (Delivery delivery : log.pending()) {
                Instant due = delivery.nextAttemptAt() == null ? clock.instant() : Instant.parse(delivery.nextAttemptAt());
                schedule(delivery.deliveryId(), Duration.between(clock.instant(), due).isNegative() ? Duration.ZERO
                        : Duration.between(clock.instant(), due));
            }
        } catch (RuntimeException e) {
            LOG.warn("pending webhook deliveries are not resumed: " + e.getMessage());
        }
    }

    /** Stops after the jobs (their last events are logged), before the web server; what is pending stays PENDING. */
    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }
}
