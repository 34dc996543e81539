package org.ctipcheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.ctipcheck.intake.InvalidSubmission;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionProblem;
import org.ctipcheck.intake.SubmissionReader;

/**
 * A submission as a channel has it: a name (a file name, an upload's name, a request id) for messages and the
 * report, and a way to read it within the check's size limit. JSON or YAML is told from the name and content.
 */
public record SubmissionInput(String name, Source source) {

    /** Reads the submission with the check's reader (which applies the size and nesting limits). */
    @FunctionalInterface
    public interface Source {
        ReadSubmission read(SubmissionReader reader) throws InvalidSubmission;
    }

    public static SubmissionInput file(Path file) {
        return new SubmissionInput(file.toString(), reader -> reader.read(file));
    }

    public static SubmissionInput bytes(String name, byte[] content) {
        return new SubmissionInput(name, reader -> reader.read(name, content));
    }

    /** Read up to one byte past the limit, so that an over-long stream is refused rather than cut. */
    public static SubmissionInput stream(String name, InputStream in) {
        return new SubmissionInput(name, reader -> {
            byte[] content;
            try (InputStream input = in) {
                content = input.readNBytes((int) Math.min(reader.maxBytes() + 1, Integer.MAX_VALUE - 8));
            } catch (IOException e) {
                throw new InvalidSubmission(name, List.of(SubmissionProblem.at("", "cannot read the submission: "
                        + e.getMessage())));
            }
            return reader.read(name, content);
        });
    }

    ReadSubmission read(SubmissionReader reader) throws InvalidSubmission {
        return source.read(reader);
    }
}
