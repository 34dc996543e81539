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
import tools.jackson.databind.exc.UnrecognizedPropertyException;
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

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
    // Mappers are immutable and thread-safe: shared, so deserializers built once (or ahead, by prepare) serve all.
    // Each is built when first used (a class of its own): a cold check of a YAML file need not build the JSON one.
    private static final class Json {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder(
                tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(LIMITS).build())).build();
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder(
                YAMLFactory.builder().streamReadConstraints(LIMITS).build())).build();
    }

    private final long maxBytes;
    private final SubmissionValidator validator = new SubmissionValidator();

    public SubmissionReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SubmissionReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Builds the deserializers and the validation metadata of the submission classes now, so that a first read
     * does not have to. A command line calls it on a spare thread while it parses its arguments; safe to call
     * from any thread, any number of times.
     */
    public static void prepare(boolean forJson) {
        (forJson ? Json.MAPPER : Yaml.MAPPER).readerFor(SubmissionDto.class);
        SubmissionValidator.prepare(SubmissionDto.class);
    }

    private static <M extends ObjectMapper, B extends tools.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new ReflectiveRecordCreators())
                .addModule(StrictDates.module());
    }

    /** The largest submission read, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    public ReadSubmission read(Path file) throws InvalidSubmission {
        String source = file.toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw invalid(source, "is a folder, not a submission file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a pipe with no writer would be waited on for ever, a device read without end
                throw invalid(source, "is not a regular file (a pipe, socket or device); save the submission to a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw invalid(source, "the file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
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
            throw invalid(source, "the file is over the limit of " + maxBytes + " bytes");
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
        if (!isJson) {
            content = YamlPreflight.asUtf8(content);
            List<SubmissionProblem> refused = YamlPreflight.problems(content);
            if (!refused.isEmpty()) {
                throw new InvalidSubmission(source, refused);
            }
        }
        ObjectMapper mapper = isJson ? Json.MAPPER : Yaml.MAPPER;
        SubmissionDto dto;
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (JacksonException e) {
            throw new InvalidSubmission(source, List.of(locateSyntaxError(mapper, content, e, format)));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull() || (tree.isString() && tree.asString().isBlank())) {
            throw invalid(source, "the document is empty");
        }
        if (!tree.isObject()) {
            throw invalid(source, "expected an object, got " + (tree.isArray() ? "a list" : "a single value")
                    + " (a submission is an object with award, organization, compliancePlan and certifications)");
        }
        try {
            dto = mapper.readValue(content, SubmissionDto.class);
        } catch (JacksonException e) {
            SubmissionProblem problem = JacksonProblems.of(e, format, MAX_DEPTH);
            if (e instanceof UnrecognizedPropertyException) {
                // records bind through their constructor, so Jackson reports the end of the object: find the field
                problem = locate(mapper, content, List.of(new SubmissionProblem(problem.pointer(), 0, 0, problem.message()))).get(0);
            }
            throw new InvalidSubmission(source, List.of(problem));
        }
        List<SubmissionProblem> problems = validator.validate(dto);
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(source, locate(mapper, content, problems));
        }
        Submission facts = SubmissionMapper.INSTANCE.toFacts(dto);
        String canonical = CanonicalTree.of(tree);
        if (canonical == null) { // a node only the text path knows how to judge
            canonical = CanonicalJson.canonicalize(Json.MAPPER.writeValueAsString(tree));
        }
        return new ReadSubmission(source, format, dto, facts, CanonicalJson.sha256(canonical), canonical);
    }

    /** Reads the document again token by token to say in which object or list the syntax error stands. */
    private static SubmissionProblem locateSyntaxError(ObjectMapper mapper, byte[] content, JacksonException original,
            String format) {
        try (tools.jackson.core.JsonParser parser = mapper.createParser(content)) {
            try {
                while (parser.nextToken() != null) {
                    // stream until the same error is met
                }
            } catch (JacksonException e) {
                return JacksonProblems.atParser(e, parser, format, MAX_DEPTH);
            }
        } catch (JacksonException closing) {
            // fall through to the original error
        }
        return JacksonProblems.of(original, format, MAX_DEPTH);
    }

    private static List<SubmissionProblem> locate(ObjectMapper mapper, byte[] content, List<SubmissionProblem> problems) {
        var locations = PointerLocator.locate(mapper, content, PointerLocator.candidates(problems));
        return problems.stream().map(problem -> PointerLocator.withLocation(problem, locations)).toList();
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
