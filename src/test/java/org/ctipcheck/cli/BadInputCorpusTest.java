package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 12: the bad-input corpus (src/test/resources/bad-input/cases.yaml). Every case exits as it says, says what
 * it says, and never ends in a stack trace, an internal error or a Java or library name.
 */
class BadInputCorpusTest {
    private static final Path CASES = Path.of("src/test/resources/bad-input/cases.yaml");
    private static final Map<String, Path> BASES = Map.of(
            "sample01", Path.of("samples/01-compliant-overseas-services/submission.yaml"),
            "sample02", Path.of("samples/02-housing-without-housing-plan/submission.json"));

    @TempDir
    Path folder;

    static Stream<JsonNode> cases() throws IOException {
        JsonNode all = YAMLMapper.builder().build().readTree(Files.readString(CASES, StandardCharsets.UTF_8));
        assertThat(all.size()).as("cases in the corpus").isGreaterThanOrEqualTo(100);
        return java.util.stream.StreamSupport.stream(all.spliterator(), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsReportedClearly(JsonNode testCase) throws IOException {
        Path file = base(testCase);
        for (Map.Entry<String, JsonNode> entry : testCase.path("files").properties()) {
            Path target = folder.resolve(entry.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, entry.getValue().asString(), StandardCharsets.UTF_8);
        }
        if (testCase.has("setup")) {
            Cli.run(args(testCase.get("setup"), file)).noStackTrace();
        }

        Cli.Result run = Cli.run(args(testCase.get("args"), file)).noStackTrace();

        String output = run.out() + run.err();
        assertThat(run.exit()).as(testCase.path("name").asString() + ": " + run.err())
                .isEqualTo(testCase.path("exit").asInt());
        assertThat(output).as(testCase.path("name").asString()).contains(testCase.path("message").asString())
                .doesNotContain("ctip: internal error").doesNotContainPattern("\\bjava\\.[a-z]+\\.[A-Z]")
                .doesNotContain("tools.jackson").doesNotContain("FAIL_ON_");
    }

    private Path base(JsonNode testCase) throws IOException {
        if (!testCase.has("base")) {
            return null;
        }
        Path sample = BASES.get(testCase.get("base").asString());
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        for (JsonNode pair : testCase.path("replace")) {
            String from = pair.get(0).asString();
            assertThat(text).as(testCase.path("name").asString() + ": the text replaced").contains(from);
            text = text.replace(from, pair.get(1).asString());
        }
        String name = sample.getFileName().toString().endsWith(".json") ? "bid.json" : "bid.yaml";
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String[] args(JsonNode args, Path file) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode arg : args) {
            out.add(arg.asString().replace("{file}", file == null ? "" : file.toString())
                    .replace("{dir}", folder.toString()));
        }
        return out.toArray(String[]::new);
    }
}
