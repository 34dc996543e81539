package org.ctipcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a message to the user must never show: Java class or exception names, library names or feature flags. */
final class UserMessages {
    private static final List<String> FORBIDDEN = List.of("Exception", "Jackson", "jackson", "FAIL_ON", "java.",
            "javax.", "jdk.", "sun.", "org.ctipcheck", "org.yaml", "org.snakeyaml", "com.fasterxml", "jakarta.",
            "Error:", "Throwable", "NullPointer", "IndexOutOfBounds", "ClassCast", "@");

    private UserMessages() {
    }

    /**
     * Fails when {@code message} holds a forbidden fragment that the input does not hold itself (a message may quote
     * the input, and the input is arbitrary).
     */
    static void assertClean(String message, byte[] input) {
        String asUtf8 = new String(input, StandardCharsets.UTF_8);
        String asLatin1 = new String(input, StandardCharsets.ISO_8859_1);
        for (String fragment : FORBIDDEN) {
            if (!asUtf8.contains(fragment) && !asLatin1.contains(fragment)) {
                assertThat(message).as("message to the user").doesNotContain(fragment);
            }
        }
    }
}
