package org.ctipcheck.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Input that a YAML or JSON reader could take silently wrong (issue 12, item 1): every case is either read exactly
 * as written or refused with where and what, in the user's words, never with a Java or library name.
 */
class AmbiguousInputTest {
    private static final Path SAMPLE = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    private static final Path JSON_SAMPLE = Path.of("samples/02-housing-without-housing-plan/submission.json");
    private final SubmissionReader reader = new SubmissionReader();

    private static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    private SubmissionProblem refused(String name, byte[] content) {
        InvalidSubmission e = catchThrowableOfType(InvalidSubmission.class, () -> reader.read(name, content));
        assertThat(e).as("refused").isNotNull();
        SubmissionProblem problem = e.problems().get(0);
        assertThat(problem.describe()).doesNotContainPattern("(java|tools\\.jackson|snakeyaml|Exception|FAIL_ON|Feature)");
        return problem;
    }

    @Test
    void anAliasIsRefusedNotReadAsItsName() throws IOException {
        String yaml = sample().replace("legalName: Meridian Gulf Builders W.L.L.", "legalName: *ag")
                .replace("version: Rev. 2", "version: &ag Rev. 2");

        SubmissionProblem problem = refused("bid.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(problem.message()).contains("alias *ag").contains("write the value out");
        assertThat(problem.line()).isEqualTo(30);
    }

    @Test
    void aMergeKeyIsRefusedToo() throws IOException {
        String yaml = sample().replace("organization:\n", "base: &org {country: QA}\norganization:\n  <<: *org\n");

        assertThat(refused("bid.yaml", yaml.getBytes(StandardCharsets.UTF_8)).message()).contains("alias *org");
    }

    @Test
    void anAnchorAloneChangesNothing() throws Exception {
        String yaml = sample().replace("version: Rev. 2", "version: &v Rev. 2");

        assertThat(reader.read("bid.yaml", yaml.getBytes(StandardCharsets.UTF_8)).sha256())
                .isEqualTo(reader.read(SAMPLE).sha256());
    }

    @Test
    void aSecondDocumentIsRefusedWithItsLine() throws IOException {
        String yaml = sample() + "---\n" + sample();

        SubmissionProblem problem = refused("bid.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(problem.message()).contains("second YAML document");
        assertThat(problem.line()).isEqualTo(sample().split("\n", -1).length);
    }

    @Test
    void trailingContentAfterAJsonDocumentIsNamedAsSuch() throws IOException {
        String json = Files.readString(JSON_SAMPLE) + "\n{\"award\": {}}\n";

        assertThat(refused("bid.json", json.getBytes(StandardCharsets.UTF_8)).message())
                .contains("more content follows the end of the submission");
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", ".inf", "-.inf", ".Inf"})
    void notANumberAndInfinityAreRefusedInTheUsersTerms(String value) throws IOException {
        String yaml = sample().replaceFirst("estimatedValue: [0-9]+", "estimatedValue: " + value);

        SubmissionProblem problem = refused("bid.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        // .nan and .inf are YAML's float spellings; .NaN and .Inf are read as text: either way, not a number
        assertThat(problem.message()).containsAnyOf("not a number that can be used here", "expected a number");
        assertThat(problem.line()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32BE", "UTF-32LE"})
    void unicodeYamlIsReadLikeUnicodeJson(String encoding) throws Exception {
        byte[] content = sample().getBytes(Charset.forName(encoding));

        assertThat(reader.read("bid.yaml", content).sha256()).isEqualTo(reader.read(SAMPLE).sha256());
    }

    @Test
    void bytesThatAreNotTextAreRefusedWithoutJavaNames() {
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThat(refused("bid.json", notUtf8).message()).contains("not text in UTF-8");
    }
}
