package org.ctipcheck.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {
    private final SubmissionReader reader = new SubmissionReader();

    @Test
    void yamlAndJsonOfTheSameContentHashTheSame() throws Exception {
        Path yaml = Path.of("src/test/resources/fixtures/compliant.yaml");
        ReadSubmission fromYaml = reader.read(yaml);
        ReadSubmission fromJson = reader.read("copy.json", SubmissionFixture.compliant().json().getBytes(StandardCharsets.UTF_8));
        assertThat(fromYaml.format()).isEqualTo("YAML");
        assertThat(fromJson.format()).isEqualTo("JSON");
        assertThat(fromJson.sha256()).isEqualTo(fromYaml.sha256()).hasSize(64);
    }

    @Test
    void keyOrderAndNumberSpellingDoNotChangeTheHash() throws Exception {
        String a = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 18400000).json();
        String b = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 1.84e7).json();
        assertThat(reader.read("a.json", a.getBytes(StandardCharsets.UTF_8)).sha256())
                .isEqualTo(reader.read("b.json", b.getBytes(StandardCharsets.UTF_8)).sha256());
    }

    @Test
    void aChangedValueChangesTheHash() throws Exception {
        String a = SubmissionFixture.compliant().json();
        String b = SubmissionFixture.compliant().set("/organization/legalName", "Other W.L.L.").json();
        assertThat(reader.read("a.json", a.getBytes(StandardCharsets.UTF_8)).sha256())
                .isNotEqualTo(reader.read("b.json", b.getBytes(StandardCharsets.UTF_8)).sha256());
    }

    @Test
    void validationProblemsAreListedAllAtOnceWithJsonPointers() {
        String json = SubmissionFixture.compliant()
                .set("/award/portions/0/estimatedValue", -5)
                .set("/organization/country", "XX")
                .set("/award/placesOfPerformance", java.util.List.of("QA", "Qatar"))
                .json();
        assertThatThrownBy(() -> reader.read("bad.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidSubmission.class, e -> assertThat(e.problems())
                        .extracting(SubmissionProblem::pointer)
                        .containsExactlyInAnyOrder("/award/placesOfPerformance/1", "/award/portions/0/estimatedValue",
                                "/organization/country"));
    }

    @Test
    void crossFieldProblemsPointAtTheObject() {
        String json = SubmissionFixture.compliant().set("/award/periodOfPerformance/end", "2020-01-01").json();
        assertThatThrownBy(() -> reader.read("bad.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidSubmission.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo("/award/periodOfPerformance");
                            assertThat(p.message()).contains("end must not be before start");
                        }));
    }

    @Test
    void unknownFieldsAreRejectedWithTheAllowedNames() {
        String json = SubmissionFixture.compliant().set("/award/clauseDate", "2021-11").json();
        assertThatThrownBy(() -> reader.read("bad.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidSubmission.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo("/award/clauseDate");
                            assertThat(p.message()).contains("unknown field \"clauseDate\"", "clause", "portions");
                            assertThat(p.line()).isPositive();
                        }));
    }

    @Test
    void clauseDatesAreAcceptedInBothSpellings() throws Exception {
        String iso = SubmissionFixture.compliant().set("/award/clause/date", "2021-11").json();
        String far = SubmissionFixture.compliant().set("/award/clause/date", "Nov 2021").json();
        assertThat(reader.read("a.json", iso.getBytes(StandardCharsets.UTF_8)).facts().award().clauseDate())
                .isEqualTo(reader.read("b.json", far.getBytes(StandardCharsets.UTF_8)).facts().award().clauseDate())
                .hasToString("2021-11");
    }

    @Test
    void filesOverTheLimitAreRefusedBeforeParsing(@TempDir Path folder) throws Exception {
        Path big = folder.resolve("big.json");
        Files.write(big, new byte[2048]);
        assertThatThrownBy(() -> new SubmissionReader(1024).read(big))
                .isInstanceOfSatisfying(InvalidSubmission.class,
                        e -> assertThat(e.problems().get(0).message()).contains("over the limit of 1024 bytes"));
    }

    @Test
    void deeplyNestedDocumentsAreRefused() {
        String nested = "{\"award\": {\"id\": " + "[".repeat(500) + "]".repeat(500) + "}}";
        assertThatThrownBy(() -> reader.read("deep.json", nested.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidSubmission.class,
                        e -> assertThat(e.problems().get(0).message()).contains("nested too deeply"));
    }

    @Test
    void factsCarryTheirJsonPointers() throws Exception {
        ReadSubmission read = reader.read(Path.of("src/test/resources/fixtures/compliant.yaml"));
        assertThat(read.facts().award().portions().get(1).pointer()).isEqualTo("/award/portions/1");
        assertThat(read.facts().certifications().get(2).pointer()).isEqualTo("/certifications/2");
        assertThat(read.facts().housing().pointer()).isEqualTo("/compliancePlan/housing");
        assertThat(read.facts().award().alternateI()).isFalse();
    }
}
