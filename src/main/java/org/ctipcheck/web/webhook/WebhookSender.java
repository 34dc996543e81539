package org.ctipcheck.web.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One attempt to deliver a message, signed as the Standard Webhooks specification says: headers
 * {@code webhook-id} (the message's id, the same on every attempt), {@code webhook-timestamp} (seconds since the
 * epoch, of this attempt) and {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">} with the
 * endpoint's secret (the specification's Java library signs).
 */
final class WebhookSender {
    /** What an attempt came to: the status code (null when no answer came) or the error. */
    record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        /** 5xx, 429, a timeout or a connection error: worth trying again; other answers are final. */
        boolean retryable() {
            return status == null || status == 429 || status >= 500;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Duration connectTimeout, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    Outcome send(URI url, String secret, String messageId, String payload, long timestampSeconds) {
        String signature;
        try {
            signature = new Webhook(secret).sign(messageId, timestampSeconds, payload);
        } catch (WebhookSigningException | RuntimeException e) {
            return new Outcome(null, "cannot sign the message: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "ctip-check-webhooks")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestampSeconds))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.statusCode() < 300 ? null
                    : "the receiver answered " + response.statusCode());
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(null, "cannot connect or send: " + (e.getMessage() == null ? "the connection was refused or closed"
                    : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted: the service is stopping");
        }
    }
}
