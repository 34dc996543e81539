package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.Cli;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code ctip check} end to end: exit codes, --fail-on, several files, --out, the JSON report and the submission hash. */
class CheckCommandTest {
    static final String RULES = "rules";
    static final String AS_OF = "2026-03-01";
    static final String COMPLIANT = "samples/01-compliant-overseas-services/submission.yaml";
    static final String HOUSING_BLOCKER = "samples/02-housing-without-housing-plan/submission.json";
    /** Findings below MAJOR only (INFO and needs-review). */
    static final String BELOW_MAJOR = "samples/09-task-order-clause-date-missing/submission.yaml";
    static final String GRANT = "samples/07-grant-out-of-scope/submission.json";
    static final String NOT_REQUIRED = "samples/08-oct2025-clause-under-700k/submission.json";
    static final String MAJOR_AND_MINOR = "samples/10-subcontract-supplies-fee-ban-gaps/submission.yaml";

    static Cli.Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--rules", RULES));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void compliantSubmissionExitsZero() {
        Cli.Result run = check(COMPLIANT, "--as-of", AS_OF).exits(0).noStackTrace();

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Determination: COMPLIANT");
    }

    @Test
    void blockerFindingExitsOne() {
        Cli.Result run = check(HOUSING_BLOCKER, "--as-of", AS_OF).exits(1).noStackTrace();

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("CTIP-PLAN-06.no-housing-plan");
    }

    /** Expected findings per sample: 01 none; 02 BLOCKER; 10 MAJOR and MINOR; 06 MINOR (as of 2019-06-01); 07 BLOCKER (no annual 7104a certification); 09 INFO. */
    @ParameterizedTest(name = "{0} --fail-on {2} exits {3}")
    @CsvSource({
            "samples/01-compliant-overseas-services/submission.yaml,        2026-03-01, MAJOR,   0",
            "samples/01-compliant-overseas-services/submission.yaml,        2026-03-01, INFO,    0",
            "samples/02-housing-without-housing-plan/submission.json,       2026-03-01, BLOCKER, 1",
            "samples/02-housing-without-housing-plan/submission.json,       2026-03-01, INFO,    1",
            "samples/10-subcontract-supplies-fee-ban-gaps/submission.yaml,  2026-03-01, BLOCKER, 0",
            "samples/10-subcontract-supplies-fee-ban-gaps/submission.yaml,  2026-03-01, MAJOR,   1",
            "samples/06-mar2015-clause-one-dollar-over/submission.yaml,     2019-06-01, BLOCKER, 0",
            "samples/06-mar2015-clause-one-dollar-over/submission.yaml,     2019-06-01, MAJOR,   1",
            "samples/06-mar2015-clause-one-dollar-over/submission.yaml,     2019-06-01, MINOR,   1",
            "samples/06-mar2015-clause-one-dollar-over/submission.yaml,     2019-06-01, minor,   1",
            "samples/07-grant-out-of-scope/submission.json,                 2026-03-01, BLOCKER, 1",
            "samples/07-grant-out-of-scope/submission.json,                 2026-03-01, INFO,    1",
            "samples/09-task-order-clause-date-missing/submission.yaml,     2026-03-01, MAJOR,   0",
            "samples/09-task-order-clause-date-missing/submission.yaml,     2026-03-01, INFO,    1",
    })
    void failOnMovesTheExitCodeThreshold(String file, String asOf, String failOn, int exit) {
        Cli.Result run = check(file, "--as-of", asOf, "--fail-on", failOn).exits(exit).noStackTrace();

        assertThat(run.err()).isEmpty();
    }

    @Test
    void failOnDefaultsToMajor() {
        check(MAJOR_AND_MINOR, "--as-of", AS_OF).exits(1);
        check(BELOW_MAJOR, "--as-of", AS_OF).exits(0);
    }

    @Test
    void severalFilesWithOneBadStillReportTheGoodOnesAndExitTwo(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"award\": ");

        Cli.Result text = check(COMPLIANT, bad.toString(), HOUSING_BLOCKER, "--as-of", AS_OF).exits(2).noStackTrace();

        assertThat(text.out()).contains(COMPLIANT).contains(HOUSING_BLOCKER).contains("Determination: COMPLIANT")
                .contains("Determination: NON COMPLIANT").doesNotContain("broken.json");
        assertThat(text.err()).contains(bad.toString()).contains("invalid submission").doesNotContain(COMPLIANT);

        Cli.Result json = check(COMPLIANT, bad.toString(), HOUSING_BLOCKER, "--as-of", AS_OF, "--format", "json")
                .exits(2).noStackTrace();

        JsonNode reports = json.json();
        assertThat(reports.isArray()).as("several files print a JSON array").isTrue();
        assertThat(reports.size()).isEqualTo(2);
        assertThat(reports.get(0).path("submission").path("source").asString()).isEqualTo(COMPLIANT);
        assertThat(reports.get(1).path("submission").path("source").asString()).isEqualTo(HOUSING_BLOCKER);
        assertThat(reports.get(1).path("determination").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(json.err()).contains(bad.toString());
    }

    @Test
    void severalGoodFilesInJsonPrintAnArray() {
        Cli.Result run = check(COMPLIANT, NOT_REQUIRED, "--as-of", AS_OF, "--format", "json").exits(0);

        assertThat(run.json().isArray()).isTrue();
        assertThat(run.json().size()).isEqualTo(2);
    }

    @Test
    void outWritesPredictableFileNamesForEachFormat(@TempDir Path dir) throws IOException {
        Path renamed = Files.copy(Path.of(NOT_REQUIRED), dir.resolve("cdc-kenya-courier.json"));
        Path out = dir.resolve("reports");

        Cli.Result run = check(COMPLIANT, HOUSING_BLOCKER, renamed.toString(), "--as-of", AS_OF, "--out", out.toString(),
                "--format", "text,json").exits(1).noStackTrace();

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly(
                    "01-compliant-overseas-services.findings.json",
                    "01-compliant-overseas-services.findings.txt",
                    "02-housing-without-housing-plan.findings.json",
                    "02-housing-without-housing-plan.findings.txt",
                    "cdc-kenya-courier.findings.json",
                    "cdc-kenya-courier.findings.txt");
        }
        JsonNode report = JsonMapper.builder().build()
                .readTree(Files.readString(out.resolve("02-housing-without-housing-plan.findings.json")));
        assertThat(report.path("determination").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(Files.readString(out.resolve("01-compliant-overseas-services.findings.txt")))
                .contains("Determination: COMPLIANT");
        assertThat(run.out()).contains(out.resolve("02-housing-without-housing-plan.findings.txt").toString());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void outWithTheDefaultFormatWritesText(@TempDir Path dir) {
        check(COMPLIANT, "--as-of", AS_OF, "--out", dir.toString()).exits(0);

        assertThat(dir.resolve("01-compliant-overseas-services.findings.txt")).isRegularFile();
        assertThat(dir.resolve("01-compliant-overseas-services.findings.json")).doesNotExist();
    }

    @Test
    void jsonReportHasTheDocumentedFields() throws IOException {
        JsonNode report = check(MAJOR_AND_MINOR, "--as-of", AS_OF, "--format", "json").exits(1).json();

        assertThat(report.path("reportVersion").asString()).isEqualTo("1");
        assertThat(report.path("tool").path("name").asString()).isEqualTo("ctip-check");
        assertThat(report.path("tool").path("version").asString()).isNotBlank();
        assertThat(Instant.parse(report.path("generatedAt").asString())).isNotNull();
        assertThat(report.path("evaluationDate").asString()).isEqualTo(AS_OF);
        assertThat(report.path("submission").path("sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(report.path("submission").path("source").asString()).isEqualTo(MAJOR_AND_MINOR);
        assertThat(report.path("ruleset").path("sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(report.path("ruleset").path("ruleCount").asInt()).isEqualTo(ruleNamesInDrl().size());
        assertThat(report.path("determination").asString()).isEqualTo("NON_COMPLIANT");
        JsonNode plan = report.path("planRequired");
        assertThat(plan.path("required").isBoolean()).isTrue();
        assertThat(plan.path("required").asBoolean()).isTrue();
        assertThat(plan.path("decision").asString()).isEqualTo("REQUIRED");
        assertThat(plan.path("reason").asString()).contains("cut-make-trim").contains("$550,000");

        JsonNode summary = report.path("summary");
        assertThat(summary.path("findingsBySeverity").path("BLOCKER").asInt()).isZero();
        assertThat(summary.path("findingsBySeverity").path("MAJOR").asInt()).isEqualTo(2);
        // the two CTIP-CERT-03 findings (agents in the certification) are good practice, INFO, since issue 14
        assertThat(summary.path("findingsBySeverity").path("MINOR").asInt()).isZero();
        assertThat(summary.has("needsReview")).isTrue();
        // CTIP-CERT-03, whose only gaps are those good-practice notes, is met with advice, not a third NOT_MET
        assertThat(summary.path("checklistByStatus").path("NOT_MET").asInt()).isEqualTo(2);
        assertThat(summary.path("checklistByStatus").path("MET_WITH_ADVICE").asInt()).isEqualTo(1);

        assertThat(report.path("checklist").isArray()).isTrue();
        assertThat(report.path("checklist").size()).as("one entry per requirement except the plan decision")
                .isEqualTo((int) org.ctipcheck.fixtures.TestRules.ruleset().requirements().stream()
                        .filter(requirement -> !Set.of("decision", "supply-chain").contains(requirement.scope())).count());
        for (JsonNode item : report.path("checklist")) {
            assertThat(item.path("requirementId").asString()).startsWith("CTIP-");
            assertThat(item.path("citation").asString()).isNotBlank();
            assertThat(item.path("status").asString()).isIn("MET", "MET_WITH_ADVICE", "NOT_MET", "NEEDS_REVIEW", "NOT_APPLICABLE");
            assertThat(item.path("reason").asString()).isNotBlank();
            assertThat(item.path("evidence").isArray()).as(item.path("requirementId") + " evidence").isTrue();
        }

        assertThat(java.util.stream.StreamSupport.stream(report.path("findings").spliterator(), false)
                .filter(finding -> !finding.path("severity").asString().equals("INFO")).count())
                .as("graded findings; INFO findings ask for facts the sample does not give or are good practice")
                .isEqualTo(2);
        for (JsonNode finding : report.path("findings")) {
            String id = finding.path("ruleId").asString();
            assertThat(id).startsWith("CTIP-");
            assertThat(finding.path("severity").asString()).isIn("BLOCKER", "MAJOR", "MINOR", "INFO");
            assertThat(finding.path("citation").asString()).as(id).isNotBlank();
            assertThat(finding.path("title").asString()).as(id).isNotBlank();
            assertThat(finding.path("message").asString()).as(id).isNotBlank();
            assertThat(finding.path("remediation").asString()).as(id).isNotBlank();
            assertThat(finding.path("evidence").isArray()).as(id).isTrue();
            assertThat(finding.path("evidence").size()).as(id + " evidence").isPositive();
            for (JsonNode evidence : finding.path("evidence")) {
                assertThat(evidence.path("pointer").asString()).as(id).startsWith("/");
                assertThat(evidence.has("value")).as(id + " evidence value").isTrue();
            }
        }
        JsonNode feeBan = findingOf(report, "CTIP-PLAN-05b.ban-incomplete");
        assertThat(feeBan.path("evidence").get(0).path("pointer").asString())
                .isEqualTo("/compliancePlan/recruitmentAndWage/feeBanCovers");

        assertThat(report.path("ruleHits").isArray()).isTrue();
        assertThat(report.path("ruleHits").size()).isPositive();
        for (JsonNode hit : report.path("ruleHits")) {
            assertThat(hit.path("ruleId").asString()).startsWith("CTIP-");
        }
        assertThat(report.path("ruleHits").findValuesAsString("ruleId")).contains("CTIP-APPL-04.plan-required",
                "CTIP-PLAN-05b.ban-incomplete", "CTIP-CERT-02.lapsed");
    }

    @ParameterizedTest(name = "{0}: required = {1}, decision = {2}")
    @CsvSource({
            "samples/01-compliant-overseas-services/submission.yaml,   true,  REQUIRED",
            "samples/08-oct2025-clause-under-700k/submission.json,     false, NOT_REQUIRED",
            "samples/07-grant-out-of-scope/submission.json,            true,  REQUIRED",
            "samples/09-task-order-clause-date-missing/submission.yaml, true, REQUIRED",
            "samples/19-task-order-between-thresholds/submission.yaml, ,      UNDETERMINED",
    })
    void planRequiredIsTrueFalseOrNull(String file, Boolean required, String decision) {
        JsonNode plan = check(file, "--as-of", AS_OF, "--format", "json").json().path("planRequired");

        assertThat(plan.has("required")).as("planRequired.required is always present").isTrue();
        if (required == null) {
            assertThat(plan.get("required").isNull()).as("required for " + decision).isTrue();
        } else {
            assertThat(plan.get("required").asBoolean()).isEqualTo(required);
        }
        assertThat(plan.path("decision").asString()).isEqualTo(decision);
        assertThat(plan.path("reason").asString()).isNotBlank();
    }

    @Test
    void sameSubmissionInYamlAndJsonHasTheSameSha256(@TempDir Path dir) throws IOException {
        JsonNode tree = YAMLMapper.builder().build().readTree(Files.readString(Path.of(COMPLIANT)));
        JsonMapper json = JsonMapper.builder().build();
        Path asJson = Files.writeString(dir.resolve("compliant.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(reversedKeys(tree)));

        String fromYaml = sha256Of(COMPLIANT);
        String fromJson = sha256Of(asJson.toString());

        assertThat(fromJson).as("JSON with keys in reverse order and other whitespace").isEqualTo(fromYaml);
        String canonical = new JsonCanonicalizer(json.writeValueAsString(tree)).getEncodedString();
        assertThat(fromYaml).as("SHA-256 of the RFC 8785 canonical form").isEqualTo(sha256Hex(canonical));
    }

    @Test
    void aChangedSubmissionHasAnotherSha256(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of(COMPLIANT));
        Path changed = Files.writeString(dir.resolve("changed.yaml"), yaml.replace("estimatedValue: 18400000", "estimatedValue: 18400001"));

        assertThat(sha256Of(changed.toString())).isNotEqualTo(sha256Of(COMPLIANT));
    }

    @Test
    void withoutAsOfTheEvaluationDateIsToday() {
        JsonNode report = check(COMPLIANT, "--format", "json").json();

        assertThat(report.path("evaluationDate").asString()).isEqualTo(java.time.LocalDate.now().toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "--as-of   | 2026-02-30 | '2026-02-30'",
            "--as-of   | yesterday  | 'yesterday' is not a date written yyyy-mm-dd",
            "--as-of   | 01/03/2026 | '01/03/2026' is not a date written yyyy-mm-dd",
            "--fail-on | CRITICAL   | unknown severity 'CRITICAL' (expected BLOCKER, MAJOR, MINOR or INFO)",
            "--fail-on | \"\"       | expected BLOCKER, MAJOR, MINOR or INFO",
            "--format  | xml        | unknown format 'xml' (expected text, json, pdf, html, csv or oscal)",
            "--max-size | lots      | 'lots' is not a size such as 10MB, 512KB or 2048",
            "--max-size | 0KB       | '0KB' is not a size",
    })
    void invalidOptionValueExitsTwoWithAClearMessage(String option, String value, String message) {
        Cli.Result run = check(COMPLIANT, option, value).exits(2).noStackTrace();

        assertThat(run.err()).contains("Invalid value for option '" + option + "'").contains(message)
                .contains("Try 'ctip check --help'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void severalFormatsWithoutOutExitTwo() {
        Cli.Result run = check(COMPLIANT, "--format", "text,json").exits(2).noStackTrace();

        assertThat(run.err()).contains("several formats need --out DIR");
    }

    @Test
    void noFileExitsTwo() {
        Cli.Result run = check().exits(2).noStackTrace();

        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void unknownOptionExitsTwo() {
        Cli.Result run = check(COMPLIANT, "--strict").exits(2).noStackTrace();

        assertThat(run.err()).contains("--strict");
    }

    private static String sha256Of(String file) {
        return check(file, "--as-of", AS_OF, "--format", "json").json().path("submission").path("sha256").asString();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deep copy of the tree with every object's keys in reverse order. */
    private static JsonNode reversedKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonMapper.builder().build().createObjectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            java.util.Collections.reverse(names);
            for (String name : names) {
                copy.set(name, reversedKeys(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonMapper.builder().build().createArrayNode();
            node.forEach(element -> copy.add(reversedKeys(element)));
            return copy;
        }
        return node;
    }

    private static JsonNode findingOf(JsonNode report, String ruleId) {
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("ruleId").asString().equals(ruleId)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + ruleId);
    }

    /** Rule names read from the DRL sources, independently of the loader. */
    static List<String> ruleNamesInDrl() throws IOException {
        Pattern rule = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
        Map<String, String> names = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of(RULES))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Matcher matcher = rule.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.put(matcher.group(1), file.toString());
                }
            }
        }
        return new ArrayList<>(names.keySet());
    }
}
