package org.ctipcheck.web.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ctip.webhooks.*}: where the service sends its events (Standard Webhooks), and how it retries.
 *
 * @param endpoints the receivers: each a URL, a secret {@code whsec_<base64>} and the events it wants
 * @param maxAttempts attempts per message before it is given up (FAILED); 5xx, 429, timeouts and connection
 *        errors are retried, other 4xx are not
 * @param initialBackoff the wait before the second attempt; each later wait doubles, with jitter (half of it random)
 * @param maxBackoff the longest wait between attempts
 * @param timeout how long an attempt waits for the receiver's answer
 * @param connectTimeout how long an attempt waits to connect
 */
@ConfigurationProperties("ctip.webhooks")
public record WebhookProperties(@DefaultValue List<Endpoint> endpoints, @DefaultValue("8") int maxAttempts,
        @DefaultValue("5s") Duration initialBackoff, @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("10s") Duration timeout, @DefaultValue("5s") Duration connectTimeout) {
    /** The events the service sends. */
    public static final List<String> EVENTS = List.of("job.succeeded", "job.failed", "job.cancelled",
            "evaluation.recorded");

    public WebhookProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("ctip.webhooks.max-attempts must be 1 or more");
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || timeout.isNegative() || timeout.isZero()
                || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("ctip.webhooks: backoffs must not be negative, timeouts must be above 0");
        }
        for (int i = 0; i < endpoints.size(); i++) {
            endpoints.get(i).check("ctip.webhooks.endpoints[" + i + "]");
        }
    }

    /**
     * @param url where events are POSTed (http or https)
     * @param secret the signing secret, {@code whsec_} and base64 (24 to 64 random bytes, as the specification says)
     * @param events the events sent to it: job.succeeded, job.failed, job.cancelled (the default: every job that
     *        ends), evaluation.recorded (each recorded evaluation)
     */
    public record Endpoint(URI url, String secret,
            @DefaultValue({"job.succeeded", "job.failed", "job.cancelled"}) List<String> events) {

        void check(String name) {
            if (url == null || !List.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException(name + ".url must be an http or https URL, e.g. https://host/hooks/ctip");
            }
            if (secret == null || !secret.startsWith("whsec_") || key(secret).length == 0) {
                throw new IllegalArgumentException(name + ".secret must be whsec_ followed by base64 (e.g. whsec_ and"
                        + " 32 random bytes: openssl rand -base64 32)");
            }
            for (String event : events) {
                if (!EVENTS.contains(event)) {
                    throw new IllegalArgumentException(name + ".events: '" + event + "' is not an event; the events are "
                            + String.join(", ", EVENTS));
                }
            }
        }

        private static byte[] key(String secret) {
            try {
                return Base64.getDecoder().decode(secret.substring("whsec_".length()));
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }
    }
}
