package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.Cli;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that cannot be evaluated exits 2 with one line per problem on stderr naming the file, the JSON
 * Pointer and what is wrong, and never a stack trace; nothing is printed on stdout for it.
 */
class CheckInvalidInputTest {
    static final String COMPLIANT_YAML = "samples/01-compliant-overseas-services/submission.yaml";

    @TempDir
    Path dir;

    static String compliantYaml() {
        try {
            return Files.readString(Path.of(COMPLIANT_YAML));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String yamlReplacing(String target, String replacement) {
        String yaml = compliantYaml();
        assertThat(yaml).as("base sample").contains(target);
        return yaml.replace(target, replacement);
    }

    /** The compliant sample without the lines from {@code start} up to (not including) {@code next}. */
    static String withoutSection(String start, String next) {
        String yaml = compliantYaml();
        return yaml.substring(0, yaml.indexOf("\n" + start) + 1) + yaml.substring(yaml.indexOf("\n" + next) + 1);
    }

    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** name of the file written, its content, the pointer reported, and what the message must say. */
    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                Arguments.of("malformed.json", "{\"award\": {\"id\": \"W50S9X-23-C-0147\", }",
                        "/award", "not valid JSON"),
                Arguments.of("truncated.json", SubmissionFixture.compliant().json().substring(0, 200),
                        "/award", "not valid JSON"),
                Arguments.of("unknown-field.yaml",
                        yamlReplacing("  agency: Department of the Air Force\n",
                                "  agency: Department of the Air Force\n  contractingOffice: 773 ESS/PKB\n"),
                        "/award/contractingOffice",
                        "unknown field \"contractingOffice\"; allowed here: agency, asAwarded, awardDate, clause, "
                                + "contractRequiresWorkDocuments, department, id, instrument, lawRequiresWorkDocuments, otherClauses, "
                                + "parentAssistanceAward, parentContract, periodOfPerformance, placesOfPerformance, portions, possibleValueOutsideUnitedStates, "
                                + "recipient, solicitationDate, "
                                + "solicitationIncludes52_222_56"),
                Arguments.of("unknown-nested-field.yaml",
                        yamlReplacing("    nonRetaliation: true\n", "    nonRetaliation: true\n    whistleblowerPolicy: yes\n"),
                        "/compliancePlan/reporting/whistleblowerPolicy",
                        "allowed here: channels, hotlineEmail, hotlinePhone, nonRetaliation, source, text"),
                Arguments.of("string-for-number.json",
                        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", "18400000").json(),
                        "/award/portions/0/estimatedValue", "expected a number, got a text value"),
                Arguments.of("string-for-number.yaml",
                        yamlReplacing("estimatedValue: 18400000", "estimatedValue: \"eighteen million\""),
                        "/award/portions/0/estimatedValue", "expected a number"),
                Arguments.of("maybe-boolean.yaml",
                        yamlReplacing("  solicitationIncludes52_222_56: true", "  solicitationIncludes52_222_56: maybe"),
                        "/award/solicitationIncludes52_222_56", "expected true or false"),
                Arguments.of("maybe-boolean.json",
                        SubmissionFixture.compliant().set("/award/portions/0/outsideUnitedStates", "maybe").json(),
                        "/award/portions/0/outsideUnitedStates", "expected true or false"),
                Arguments.of("bad-enum.json",
                        SubmissionFixture.compliant().set("/award/instrument", "PURCHASE_ORDER").json(),
                        "/award/instrument",
                        "expected one of CONTRACT, SUBCONTRACT, TASK_ORDER, DELIVERY_ORDER, GRANT, COOPERATIVE_AGREEMENT, RECIPIENT_CONTRACT, "
                                + "got \"PURCHASE_ORDER\""),
                Arguments.of("bad-enum.yaml", yamlReplacing("      kind: SERVICES\n      outsideUnitedStates: false",
                                "      kind: LABOR_HOURS\n      outsideUnitedStates: false"),
                        "/award/portions/1/kind", "expected one of SUPPLIES, SERVICES, got \"LABOR_HOURS\""),
                Arguments.of("bad-date.json",
                        SubmissionFixture.compliant().set("/award/awardDate", "15/06/2023").json(),
                        "/award/awardDate", "expected a date written yyyy-mm-dd"),
                Arguments.of("no-award.json", SubmissionFixture.compliant().remove("/award").json(),
                        "/award", "must not be null"),
                Arguments.of("no-organization.yaml",
                        withoutSection("organization:", "compliancePlan:"),
                        "/organization", "must not be null"),
                Arguments.of("no-portions.json", SubmissionFixture.compliant().remove("/award/portions").json(),
                        "/award/portions", "must not be empty"),
                Arguments.of("empty-portions.json", SubmissionFixture.compliant().set("/award/portions", java.util.List.of()).json(),
                        "/award/portions", "must not be empty"),
                Arguments.of("bad-country.json",
                        SubmissionFixture.compliant().set("/award/placesOfPerformance/0", "Qatar").json(),
                        "/award/placesOfPerformance/0", "ISO 3166-1 alpha-2"),
                Arguments.of("bad-uei.yaml", yamlReplacing("uei: MGB4QATAR021", "uei: mgb-4"),
                        "/organization/uei", "must be a 12-character SAM.gov Unique Entity ID (letters and digits)"),
                Arguments.of("bad-clause-date.yaml", yamlReplacing("date: NOV 2021", "date: November 2021"),
                        "/award/clause/date", "must be a clause date such as \"2021-11\" or \"NOV 2021\""),
                Arguments.of("deeply-nested.json",
                        "{\"award\": {\"notes\": " + nestedArrays(200) + ", \"id\": \"X\"}}",
                        "/award/notes", "nested too deeply (more than 64 levels)"),
                Arguments.of("deeply-nested-in-list.json",
                        SubmissionFixture.compliant().json().replace("\"placesOfPerformance\":[\"QA\",\"US\"]",
                                "\"placesOfPerformance\":" + nestedArrays(200)),
                        "/award/placesOfPerformance", "nested too deeply (more than 64 levels)"),
                Arguments.of("a-list.yaml", "- award\n- organization\n", "(document)", "expected an object, got a list"),
                Arguments.of("duplicate-key.json", "{\"award\": {\"id\": \"A\", \"id\": \"B\"}}",
                        "/award", "Duplicate Object property \"id\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void badSubmissionIsExplained(String name, String content, String pointer, String message) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);

        Cli.Result run = Cli.run("check", file.toString(), "--rules", "rules", "--as-of", "2026-03-01").exits(2).noStackTrace();

        assertThat(run.err()).as("stderr").startsWith("ctip: " + file + ": invalid submission (1 problem)");
        assertThat(run.err().lines().skip(1)).as("stderr: the problem at %s", pointer)
                .anyMatch(line -> problemLine(pointer).matcher(line).matches() && line.contains(message));
        assertThat(run.out()).as("stdout").isEmpty();
    }

    /** "  /award/id (line 3, column 9): message" or "  /award: message"; "(document)" for the whole file. */
    static java.util.regex.Pattern problemLine(String pointer) {
        return java.util.regex.Pattern.compile("  " + java.util.regex.Pattern.quote(pointer)
                + "( \\(line \\d+, column \\d+\\))?: .+");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() throws IOException {
        Path file = Files.writeString(dir.resolve("two-problems.json"), SubmissionFixture.compliant()
                .set("/award/placesOfPerformance/0", "Qatar")
                .set("/organization/uei", "not-a-uei")
                .json());

        Cli.Result run = Cli.run("check", file.toString(), "--rules", "rules").exits(2).noStackTrace();

        assertThat(run.err()).contains("(2 problems)")
                .containsPattern("/award/placesOfPerformance/0 \\(line \\d+, column \\d+\\): must be an ISO 3166-1")
                .containsPattern("/organization/uei \\(line \\d+, column \\d+\\): must be a 12-character SAM.gov Unique Entity ID");
    }

    @Test
    void oversizedFileIsRefused() {
        Cli.Result run = Cli.run("check", COMPLIANT_YAML, "--rules", "rules", "--max-size", "1KB").exits(2).noStackTrace();

        assertThat(run.err()).contains(COMPLIANT_YAML).contains("(document): the file is ")
                .contains("over the limit of 1024 bytes (raise it with --max-size)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void fileUnderTheSizeLimitIsRead() {
        Cli.Result run = Cli.run("check", COMPLIANT_YAML, "--rules", "rules", "--as-of", "2026-03-01", "--max-size", "8KB");

        run.exits(0);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("no-such-submission.yaml");

        Cli.Result run = Cli.run("check", missing.toString(), "--rules", "rules").exits(2).noStackTrace();

        assertThat(run.err()).contains(missing.toString()).contains("(document): no such file");
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");

        Cli.Result run = Cli.run("check", empty.toString(), "--rules", "rules").exits(2).noStackTrace();

        assertThat(run.err()).contains(empty.toString()).contains("(document)").contains("the document is empty");
    }

    @Test
    void emptyJsonFileIsNamed() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");

        Cli.Result run = Cli.run("check", empty.toString(), "--rules", "rules").exits(2).noStackTrace();

        assertThat(run.err()).contains(empty.toString()).contains("the document is empty");
    }

    @Test
    void folderIsNotASubmission() {
        Cli.Result run = Cli.run("check", dir.toString(), "--rules", "rules").exits(2).noStackTrace();

        assertThat(run.err()).contains(dir.toString()).contains("(document): is a folder, not a submission file");
    }

    @Test
    void parseErrorsGiveLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("wrong-type.yaml"),
                yamlReplacing("  solicitationIncludes52_222_56: true", "  solicitationIncludes52_222_56: maybe"));

        Cli.Result run = Cli.run("check", file.toString(), "--rules", "rules").exits(2);

        assertThat(run.err()).contains("/award/solicitationIncludes52_222_56 (line 10, column ");
    }
}
