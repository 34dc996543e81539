package org.ctipcheck.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a sequence of length-prefixed fields, so that no two different sequences hash alike. */
final class Hashing {
    static final String GENESIS = "0".repeat(64);

    private final MessageDigest digest;
    private final byte[] length = new byte[4];

    Hashing() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    Hashing add(String value) {
        if (value == null) {
            prefix(-1);
            return this;
        }
        return add(value.getBytes(StandardCharsets.UTF_8));
    }

    Hashing add(byte[] value) {
        prefix(value.length);
        digest.update(value);
        return this;
    }

    private void prefix(int n) {
        length[0] = (byte) (n >>> 24);
        length[1] = (byte) (n >>> 16);
        length[2] = (byte) (n >>> 8);
        length[3] = (byte) n;
        digest.update(length);
    }

    Hashing add(long value) {
        return add(Long.toString(value));
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return new Hashing().add(bytes).hex();
    }

    /** Plain SHA-256 of UTF-8 text (not length-prefixed): what a report's hash is. */
    static String sha256Of(String text) {
        return sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Plain SHA-256 of bytes (not length-prefixed), as {@code sha256sum} gives it. */
    static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** A record's own hash: what the next record stores as its previous hash. */
    static String link(String previousHash, String contentHash) {
        return new Hashing().add(previousHash).add(contentHash).hex();
    }
}
