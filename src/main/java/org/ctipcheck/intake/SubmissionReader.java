package org.ctipcheck.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.ctipcheck.submission.Submission;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a submission file, JSON or YAML. Refuses files over the size limit and documents nested deeper than
 * {@link #MAX_DEPTH}; rejects unknown fields, wrong types and constraint violations, listing every problem
 * with its JSON Pointer. Thread-safe.
 */
public final class SubmissionReader {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_DEPTH = 64;

    private final long maxBytes;
    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final SubmissionValidator validator = new SubmissionValidator();

    public SubmissionReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SubmissionReader(long maxBytes) {
        this.maxBytes = maxBytes;
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
        this.json = configure(JsonMapper.builder(
                tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(limits).build())).build();
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(limits).build())).build();
    }

    private static <M extends ObjectMapper, B extends tools.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }

    public ReadSubmission read(Path file) throws InvalidSubmission {
        String source = file.toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw invalid(source, "is a folder, not a submission file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw invalid(source, "the file is " + size + " bytes, over the limit of " + maxBytes
                        + " bytes (raise it with --max-size)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
        } catch (NoSuchFileException e) {
            throw invalid(source, "no such file");
        } catch (IOException e) {
            throw invalid(source, "cannot read the file: " + e.getMessage());
        }
        if (content.length > maxBytes) {
            throw invalid(source, "the file is over the limit of " + maxBytes + " bytes (raise it with --max-size)");
        }
        return read(source, content);
    }

    /** Reads a submission from bytes; {@code source} names it in messages (a file name, an upload, a request). */
    public ReadSubmission read(String source, byte[] content) throws InvalidSubmission {
        if (content.length > maxBytes) {
            throw invalid(source, "the submission is " + content.length + " bytes, over the limit of " + maxBytes + " bytes");
        }
        boolean isJson = looksLikeJson(source, content);
        String format = isJson ? "JSON" : "YAML";
        ObjectMapper mapper = isJson ? json : yaml;
        SubmissionDto dto;
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
            dto = mapper.readValue(content, SubmissionDto.class);
        } catch (JacksonException e) {
            throw new InvalidSubmission(source, List.of(JacksonProblems.of(e, format, MAX_DEPTH)));
        }
        if (dto == null) {
            throw invalid(source, "the document is empty");
        }
        List<SubmissionProblem> problems = validator.validate(dto);
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(source, problems);
        }
        Submission facts = SubmissionMapper.INSTANCE.toFacts(dto);
        String canonical = CanonicalJson.canonicalize(json.writeValueAsString(tree));
        return new ReadSubmission(source, format, dto, facts, CanonicalJson.sha256(canonical), canonical);
    }

    private static boolean looksLikeJson(String source, byte[] content) {
        String name = source.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{") || start.startsWith("\uFEFF{");
    }

    private static InvalidSubmission invalid(String source, String message) {
        return new InvalidSubmission(source, List.of(SubmissionProblem.at("", message)));
    }
}
