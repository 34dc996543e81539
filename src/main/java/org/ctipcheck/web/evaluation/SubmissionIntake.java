package org.ctipcheck.web.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.web.problem.PayloadTooLarge;
import org.ctipcheck.web.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns a request body or upload into the application API's inputs, within the configured limits: a body or part
 * over its limit is refused (413) before anything is read further, evaluated or recorded. JSON or YAML is named by
 * the Content-Type, so the reader parses it as what the caller said it is.
 */
final class SubmissionIntake {
    private static final String SUBMISSION_LIMIT = "ctip.limits.max-submission-size";
    private SubmissionIntake() {
    }

    /** A submission sent as the request body; {@code contentType} is JSON or YAML. */
    static SubmissionInput body(InputStream body, MediaType contentType, long maxBytes) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
            throw new PayloadTooLarge("the submission is over the limit of " + Problems.size(maxBytes)
                    + " (ctip.limits.max-submission-size)", SUBMISSION_LIMIT, maxBytes);
        }
        return SubmissionInput.bytes(isYaml(contentType) ? "request-body.yaml" : "request-body.json", bytes);
    }

    /** The {@code submission} part: named by its file name when it has one (.json, .yaml), else by its type. */
    static SubmissionInput part(MultipartFile part, long maxBytes) throws IOException {
        if (part.getSize() > maxBytes) {
            throw new PayloadTooLarge("the submission part is " + part.getSize() + " bytes, over the limit of "
                    + Problems.size(maxBytes) + " (ctip.limits.max-submission-size)", SUBMISSION_LIMIT, maxBytes);
        }
        String name = safeName(part.getOriginalFilename());
        if (name == null) {
            name = part.getContentType() != null && isYaml(MediaType.parseMediaType(part.getContentType()))
                    ? "submission.yaml" : "submission.json";
        }
        return SubmissionInput.bytes(name, part.getBytes());
    }

    /** The {@code attestation} part (CSV, or JSON Lines when its name ends in .jsonl or .ndjson). */
    static AttestationSource attestation(MultipartFile part, long maxBytes) {
        if (part.getSize() > maxBytes) {
            throw new PayloadTooLarge("the attestation part is " + part.getSize() + " bytes, over the limit of "
                    + Problems.size(maxBytes) + " (ctip.limits.max-attestation-size)", "ctip.limits.max-attestation-size",
                    maxBytes);
        }
        String name = safeName(part.getOriginalFilename());
        return new AttestationSource(name == null ? "attestation.csv" : name, part::getInputStream, part.getSize());
    }

    static boolean isYaml(MediaType type) {
        return type != null && type.getSubtype().toLowerCase(Locale.ROOT).matches("(x-)?yaml");
    }

    /** The file name without any folder a client put in front of it; null when there is none. */
    private static String safeName(String original) {
        if (original == null || original.isBlank()) {
            return null;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? null : name;
    }
}
