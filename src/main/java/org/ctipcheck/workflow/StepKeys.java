package org.ctipcheck.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ctipcheck.check.CheckOptions;

/**
 * The idempotency key of one step: the engine's scope of the step (Flowable: process instance and activity; Camunda:
 * the job key) and a digest of what is checked. A retried job checks the same input in the same scope, finds the key
 * recorded and answers with the first check: nothing is recorded twice. A revised submission checked again by the
 * same activity (a revision loop) is different input, so it is a new check with a record of its own.
 */
final class StepKeys {
    private static final int DIGEST_HEX = 16;

    private StepKeys() {
    }

    static String idempotencyKey(String scope, StepInput input) {
        String digest = digest(input);
        String key = scope + "#" + digest;
        if (key.length() > CheckOptions.MAX_KEY) {
            key = "step:" + sha256(scope.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "#" + digest;
        }
        return key;
    }

    private static String digest(StepInput input) {
        CheckOptions options = input.options();
        String settings = "\n" + options.evaluationDate() + "\n" + options.failOn() + "\n" + options.notifyWithinDays()
                + "\n" + options.organizationScope() + "\n" + input.name();
        MessageDigest sha256 = sha256();
        sha256.update(input.content());
        sha256.update(settings.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest()).substring(0, DIGEST_HEX);
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
