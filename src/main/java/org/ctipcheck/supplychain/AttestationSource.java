package org.ctipcheck.supplychain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An attestation file to screen, as any channel has it: a name (for messages, the report and the format), a way
 * to open its bytes once, and its size when known (for progress; -1 when not). The screen reads the stream once
 * and computes its SHA-256 while reading, so the hash recorded is always that of the bytes screened.
 */
public record AttestationSource(String name, Opener opener, long size) {

    /** Opens the bytes; called once per screen. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static AttestationSource of(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new AttestationSource(file.toString(), () -> Files.newInputStream(file), size);
    }

    /** CSV unless the name ends in .jsonl or .ndjson. */
    public String format() {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? "jsonl" : "csv";
    }
}
