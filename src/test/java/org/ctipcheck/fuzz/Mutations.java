package org.ctipcheck.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of a valid document, as a hostile tester would make them: bytes flipped, ranges dropped, repeated or
 * cut short, and tokens that parsers treat specially (YAML aliases and document markers, JSON structure, NUL, BOMs,
 * huge numbers, special floats, invalid UTF-8) inserted at random places.
 */
final class Mutations {
    private static final List<String> TOKENS = List.of("*a", "&a ", "---\n", "...\n", "{", "}", "[", "]", "\"", "'",
            ",", ":", "\n", "\r\n", "\t", "\u0000", "\uFEFF", "\\u0000", "-1e999999", "1e400", ".nan", ".inf", "~", "null",
            "!!binary ", "!!java.lang.Object ", "? ", "|\n", ">\n", "#", "<<: *a\n", "=HYPERLINK(\"x\")", "\u202e",
            "\u001b[31m", "2204-13-45", "0000-00-00", "99999999999999999999999", "true", "\"\"\"", ";", "\\");

    private Mutations() {
    }

    /** A document from {@code documents}, with one to eight mutations applied. */
    static Arbitrary<byte[]> of(List<byte[]> documents) {
        Arbitrary<byte[]> document = Arbitraries.of(documents);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(document, mutations).as((bytes, list) -> {
            byte[] out = bytes;
            for (Mutation mutation : list) {
                out = mutation.apply(out);
            }
            return out;
        });
    }

    private interface Mutation {
        byte[] apply(byte[] bytes);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 64);
        return Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.bytes()).as((p, b) -> bytes -> replace(bytes, p, 1, new byte[] {b})),
                Combinators.combine(at, length).as((p, n) -> bytes -> replace(bytes, p, n, new byte[0])),
                Combinators.combine(at, length).as((p, n) -> bytes -> repeat(bytes, p, n)),
                at.map(p -> bytes -> replace(bytes, p, Integer.MAX_VALUE, new byte[0])),
                Combinators.combine(at, Arbitraries.of(TOKENS))
                        .as((p, token) -> bytes -> replace(bytes, p, 0, token.getBytes(StandardCharsets.UTF_8))),
                Combinators.combine(at, Arbitraries.bytes().array(byte[].class).ofMaxSize(16))
                        .as((p, random) -> bytes -> replace(bytes, p, 0, random)));
    }

    private static byte[] replace(byte[] bytes, double position, int length, byte[] with) {
        int from = (int) (position * bytes.length);
        int to = (int) Math.min(bytes.length, (long) from + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + with.length);
        out.write(bytes, 0, from);
        out.write(with, 0, with.length);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] bytes, double position, int length) {
        int from = (int) (position * bytes.length);
        int to = Math.min(bytes.length, from + length);
        byte[] range = java.util.Arrays.copyOfRange(bytes, from, to);
        return replace(bytes, position, 0, range);
    }
}
