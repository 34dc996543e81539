package org.ctipcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.ctipcheck.intake.InvalidSubmission;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionProblem;
import org.ctipcheck.intake.SubmissionReader;

/**
 * Property-based fuzzing of the submission reader (fixed seed, so CI runs the same cases every time): arbitrary
 * bytes and mutated sample submissions are either read or refused with {@link InvalidSubmission}, never anything
 * else, and no message shows a Java class, an exception name or a Jackson flag.
 */
class SubmissionReaderFuzzTest {
    private static final SubmissionReader READER = new SubmissionReader();
    private static final List<String> NAMES = List.of("submission.yaml", "submission.yml", "submission.json",
            "upload");

    @Property(tries = 1500, seed = "20261203", shrinking = ShrinkingMode.BOUNDED)
    void arbitraryBytesAreReadOrRefusedInTheUsersTerms(@ForAll("names") String name, @ForAll("bytes") byte[] bytes) {
        readOrRefuse(name, bytes);
    }

    @Property(tries = 1500, seed = "20261203", shrinking = ShrinkingMode.BOUNDED)
    void mutatedSamplesAreReadOrRefusedInTheUsersTerms(@ForAll("names") String name, @ForAll("mutated") byte[] bytes) {
        readOrRefuse(name, bytes);
    }

    private static void readOrRefuse(String name, byte[] bytes) {
        try {
            ReadSubmission read = READER.read(name, bytes);
            assertThat(read).isNotNull();
        } catch (InvalidSubmission refused) {
            assertThat(refused.problems()).isNotEmpty();
            UserMessages.assertClean(refused.getMessage(), bytes);
            for (SubmissionProblem problem : refused.problems()) {
                UserMessages.assertClean(problem.describe(), bytes);
            }
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Mutations.of(samples());
    }

    private static List<byte[]> samples() {
        try (Stream<Path> folders = Files.list(Path.of("samples"))) {
            return folders.sorted().flatMap(folder -> Stream.of("submission.yaml", "submission.json")
                    .map(folder::resolve)).filter(Files::isRegularFile).map(SubmissionReaderFuzzTest::bytesOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytesOf(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
