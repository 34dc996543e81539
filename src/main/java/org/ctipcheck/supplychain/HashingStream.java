package org.ctipcheck.supplychain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts the bytes read (for the progress bar's ETA) and hashes them (SHA-256 of exactly what was screened). */
final class HashingStream extends FilterInputStream {
    private final MessageDigest digest;
    volatile long count;

    HashingStream(InputStream in) {
        super(in);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            digest.update(b, off, n);
            count += n;
        }
        return n;
    }

    /** Not supported: every byte must pass through the digest once, in order. */
    @Override
    public long skip(long n) {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what the parser left unread (e.g. trailing blank lines), so the hash covers the whole file. */
    String sha256() throws IOException {
        byte[] rest = new byte[1 << 16];
        while (read(rest, 0, rest.length) >= 0) {
            // drained into the digest
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
