package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.fixtures.Cli;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Defects found in src/main while writing the samples and CLI tests, each described above its test. The tests
 * were written first, failing; they pin the behaviour a user gets now that the defects are fixed.
 */
class ReportedDefectsRegressionTest {
    static final String SAMPLE = "samples/01-compliant-overseas-services/submission.yaml";

    @TempDir
    Path dir;

    /**
     * report/TextReportWriter formats the status with "%-14s" and "NOT APPLICABLE" is 14 characters long, so
     * the checklist prints "NOT APPLICABLECTIP-PLAN-09" with no space between status and requirement id.
     */
    @Test
    void textChecklistSeparatesNotApplicableFromTheRequirementId() {
        Cli.Result run = Cli.run("check", "samples/04-domestic-custodial-no-plan/submission.json", "--rules", "rules",
                "--as-of", "2026-03-01").exits(0);

        assertThat(run.out()).contains("NOT APPLICABLE").doesNotContain("APPLICABLECTIP-");
    }

    /**
     * evaluation/internal/drools/DroolsRuleset.unquote strips the outer quotes of a metadata value but keeps
     * the DRL escapes, so rule CTIP-PLAN-05b.ban-incomplete, whose source says
     * {@code @citation("FAR 52.222-50(h)(3)(iii); FAR 52.222-50(a) \"recruitment fees\" (2)")}, is cited in
     * every report and in `rules list` with literal backslashes: {@code FAR 52.222-50(a) \"recruitment fees\" (2)}.
     */
    @Test
    void ruleMetadataHasNoDrlEscapes() {
        JsonNode report = Cli.run("check", "samples/10-subcontract-supplies-fee-ban-gaps/submission.yaml", "--rules", "rules",
                "--as-of", "2026-03-01", "--format", "json").json();

        List<String> citations = new ArrayList<>();
        report.path("findings").forEach(finding -> citations.add(finding.path("citation").asString()));
        assertThat(citations).contains("FAR 52.222-50(h)(3)(iii); FAR 52.222-50(a) \"recruitment fees\" (2)");
        assertThat(Cli.run("rules", "list", "--rules", "rules").out()).doesNotContain("\\\"");
    }

    /**
     * intake/JacksonProblems takes the line and column of an unknown field from the exception's location,
     * which for records (bound through their constructor) is the END of the enclosing object, not the field:
     * an unknown field on line 6 of a YAML file is reported at "line 27, column 1" (the next top-level key),
     * in JSON at the closing brace of the object.
     */
    @Test
    void unknownFieldIsReportedAtItsOwnLine() throws IOException {
        String yaml = Files.readString(Path.of(SAMPLE)).replace("  agency: Department of the Air Force\n",
                "  agency: Department of the Air Force\n  contractingOffice: 773 ESS/PKB\n");
        assertThat(yaml.lines().toList().get(5)).isEqualTo("  contractingOffice: 773 ESS/PKB");
        Path file = Files.writeString(dir.resolve("unknown-field.yaml"), yaml);

        Cli.Result run = Cli.run("check", file.toString(), "--rules", "rules").exits(2);

        assertThat(run.err()).contains("/award/contractingOffice (line 6, column 3): unknown field");
    }

    /**
     * intake/SubmissionSchema looks for constraints with RecordComponent.isAnnotationPresent, but the Jakarta
     * constraints (@NotNull, @NotBlank, @NotEmpty, @Size, @Pattern, @DecimalMin, @Digits, @Min) do not
     * target RECORD_COMPONENT, so Java puts them on the field, accessor and constructor parameter only. The
     * published schema therefore has no "required" anywhere, makes every field nullable, and leaves out
     * minLength, maxLength, pattern (UEI, clause date), minimum and minItems of every record component, so
     * it accepts submissions the reader rejects (e.g. {} or an award without portions).
     */
    @Test
    void schemaCarriesTheRecordComponentConstraints() {
        JsonNode schema = Cli.run("schema").exits(0).json();

        assertThat(schema.path("required").toString()).contains("\"award\"").contains("\"organization\"");
        JsonNode award = schema.path("$defs").path("Award");
        assertThat(award.path("required").toString()).contains("\"id\"").contains("\"instrument\"")
                .contains("\"agency\"").contains("\"portions\"");
        assertThat(award.path("properties").path("portions").path("minItems").asInt()).isEqualTo(1);
        assertThat(schema.path("$defs").path("Organization").path("properties").path("uei").has("pattern")).isTrue();
        assertThat(schema.path("$defs").path("Portion").path("properties").path("estimatedValue").has("minimum")).isTrue();
    }

    /**
     * intake/SubmissionValidator uses Hibernate's ParameterMessageInterpolator, which does not evaluate EL,
     * so the default @DecimalMin message reaches the user raw: a negative estimatedValue is reported as
     * "must be greater than ${inclusive == true ? 'or equal to ' : ''}0".
     */
    @Test
    void constraintMessagesAreInterpolated() throws IOException {
        Path file = Files.writeString(dir.resolve("negative.json"),
                SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", -5).json());

        Cli.Result run = Cli.run("check", file.toString(), "--rules", "rules").exits(2);

        assertThat(run.err()).containsPattern("/award/portions/0/estimatedValue \\(line \\d+, column \\d+\\): must be greater than or equal to 0")
                .doesNotContain("${");
    }

    /**
     * A YAML file holding only the document marker "---" is an empty document, but intake/JacksonProblems
     * reports it as "(document) (line 2, column 1): expected an object, got \"\"" instead of "the document is
     * empty" (which an empty file does get).
     */
    @Test
    void yamlWithOnlyADocumentMarkerIsReportedEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("marker-only.yaml"), "---\n");

        Cli.Result run = Cli.run("check", file.toString(), "--rules", "rules").exits(2);

        assertThat(run.err()).contains("the document is empty");
    }

    /**
     * DroolsRuleset.compile reports executable-model errors with line 0, so a pattern that names a property
     * the fact does not have is reported without a line, with a message cut after a colon:
     * "plan/ctip-plan-06-housing.drl: Unable to Analyse Expression !meetsStandardz:". The brief for rule
     * authors is file AND line.
     */
    @Test
    void drlTypeErrorNamesTheLine() throws IOException {
        Path rules = dir.resolve("rules");
        try (var paths = Files.walk(Path.of("rules"))) {
            for (Path source : paths.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path housing = rules.resolve("plan/ctip-plan-06-housing.drl");
        String text = Files.readString(housing);
        String pattern = "HousingPlan( housingProvided, !meetsStandards )";
        int line = (int) text.substring(0, text.indexOf(pattern)).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(housing, text.replaceFirst(java.util.regex.Pattern.quote(pattern),
                "HousingPlan( housingProvided, !meetsStandardz )"));

        Cli.Result run = Cli.run("rules", "list", "--rules", rules.toString()).exits(3).noStackTrace();

        assertThat(run.err()).contains("plan/ctip-plan-06-housing.drl:" + line + ": ").contains("meetsStandardz");
    }

    /** --out used to overwrite the report of an earlier input with the same file name (a/bid.yaml, b/bid.json). */
    @Test
    void reportsOfSameNamedInputsDoNotOverwriteEachOther() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("bid.yaml");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("bid.json");
        Files.copy(Path.of(SAMPLE), a);
        Files.writeString(b, SubmissionFixture.compliant().json());
        Path out = dir.resolve("out");

        Cli.run("check", a.toString(), b.toString(), "--out", out.toString(), "--as-of", "2026-03-01", "--rules", "rules")
                .exits(0);

        assertThat(out.resolve("bid.findings.txt")).exists();
        assertThat(out.resolve("bid-2.findings.txt")).exists();
    }

    /** A date that does not exist is not a formatting problem. */
    @Test
    void anImpossibleAsOfDateIsCalledThat() {
        assertThat(Cli.run("check", SAMPLE, "--as-of", "2026-02-30").exits(2).err())
                .contains("'2026-02-30' is not a calendar date");
    }

    /** A domestic contract's reason used to read "no supplies ... outside the United States <= $550,000". */
    @Test
    void aDomesticContractSaysNothingIsPerformedAbroad() {
        JsonNode report = Cli.run("check", "samples/04-domestic-custodial-no-plan/submission.json", "--format", "json",
                "--as-of", "2026-03-01", "--rules", "rules").json();
        assertThat(report.path("planRequired").path("reason").asString())
                .startsWith("no supplies (other than COTS items) are acquired and no services are performed outside")
                .doesNotContain("\u2264");
    }
}
