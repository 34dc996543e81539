package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code rules list}, {@code schema}, {@code --version} and {@code --help}. */
class OtherCommandsTest {

    @Test
    void rulesListListsEveryRuleOfTheDrlFiles() throws IOException {
        List<String> ruleNames = CheckCommandTest.ruleNamesInDrl();

        Cli.Result run = Cli.run("rules", "list", "--rules", "rules").exits(0).noStackTrace();

        List<String> listed = run.out().lines().filter(line -> line.startsWith("CTIP-"))
                .map(line -> line.substring(0, line.indexOf(' '))).sorted().toList();
        assertThat(listed).isEqualTo(ruleNames);
        assertThat(run.out()).startsWith("ID ").contains(ruleNames.size() + " rules, "
                + org.ctipcheck.fixtures.TestRules.ruleset().requirements().size() + " requirements, ruleset sha256 ");
        assertThat(run.out()).contains("CTIP-PLAN-06.no-housing-plan").contains("BLOCKER").contains("FAR 52.222-50(h)(3)(iv)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void schemaIsJsonSchemaOfTheSubmission() {
        Cli.Result run = Cli.run("schema").exits(0).noStackTrace();

        JsonNode schema = run.json();
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asString()).isNotBlank();
        assertThat(schema.path("type").asString()).isEqualTo("object");
        assertThat(schema.path("properties").propertyNames())
                .containsExactly("award", "organization", "compliancePlan", "certifications", "workforce", "policies",
                        "incidents", "subcontracts", "childLabor", "dod");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("$defs").has("Award")).isTrue();
        assertThat(schema.path("$defs").path("Portion").path("properties").has("estimatedValue")).isTrue();
    }

    @Test
    void versionExitsZero() {
        Cli.Result run = Cli.run("--version").exits(0).noStackTrace();

        assertThat(run.out()).startsWith("ctip-check ").contains("Java ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpExitsZeroAndDocumentsExitCodes(String option) {
        Cli.Result run = Cli.run(option).exits(0).noStackTrace();

        assertThat(run.out()).contains("Usage: ctip").contains("check").contains("rules").contains("schema")
                .contains("Exit codes: 0");
    }

    @Test
    void checkHelpListsItsOptions() {
        Cli.Result run = Cli.run("check", "--help").exits(0);

        assertThat(run.out()).contains("--format").contains("--out").contains("--fail-on").contains("--rules")
                .contains("--as-of").contains("--max-size");
    }

    @Test
    void helpCommandDescribesEverySubcommand() {
        Cli.Result root = Cli.run("help").exits(0);
        assertThat(root.out()).contains("check").contains("report").contains("audit").contains("rules").contains("schema");

        Cli.Result audit = Cli.run("help", "audit").exits(0);
        assertThat(audit.out()).contains("Usage: ctip audit").contains("verify").contains("replay");
    }

    @Test
    void aSubcommandNamedFirstIsBuiltAloneAndTheRestOnlyForHelp() {
        // ctip builds only the named subcommand's model (a cold start cost); help and typos get the whole tree
        assertThat(CtipCommand.subcommandsFor(new String[] {"check", "a.yaml"})).singleElement().isInstanceOf(CheckCommand.class);
        assertThat(CtipCommand.subcommandsFor(new String[] {"audit", "verify"})).singleElement().isInstanceOf(AuditCommand.class);
        assertThat(CtipCommand.subcommandsFor(new String[] {"serve", "--users", "u.yaml"})).singleElement()
                .isInstanceOf(ServeCommand.class);
        // check, report, audit, rules, schema, generate-attestation, serve, help
        assertThat(CtipCommand.subcommandsFor(new String[] {"help", "check"})).hasSize(8);
        assertThat(CtipCommand.subcommandsFor(new String[] {"--help"})).hasSize(8);
        assertThat(CtipCommand.subcommandsFor(new String[0])).hasSize(8);
    }

    @Test
    void noArgumentsPrintsUsageAsAUsageError() {
        Cli.Result run = Cli.run().exits(2);

        assertThat(run.err()).contains("Usage: ctip");
    }

    @Test
    void unknownCommandExitsTwo() {
        Cli.Result run = Cli.run("verify", "x.yaml").exits(2).noStackTrace();

        assertThat(run.err()).contains("'verify'").contains("Try 'ctip --help'");
    }

    @Test
    void rulesShowExplainsARequirementAndItsRules() {
        Cli.Result run = Cli.run("rules", "show", "CTIP-PLAN-06", "--rules", "rules").exits(0).noStackTrace();
        assertThat(run.out()).contains("CTIP-PLAN-06 - Housing plan", "Citation:      FAR 52.222-50(h)(3)(iv)",
                "Applies to:", "Satisfied when: Housing meets host-country standards and is inspected",
                "Confidence:    VERIFIED", "CTIP-PLAN-06.no-housing-plan  [BLOCKER]", "Fix: Add a housing plan");
    }

    @Test
    void rulesShowOfOneRuleShowsOnlyThatRule() {
        Cli.Result run = Cli.run("rules", "show", "CTIP-PLAN-06.no-housing-plan", "--rules", "rules").exits(0);
        assertThat(run.out()).contains("CTIP-PLAN-06.no-housing-plan").doesNotContain("CTIP-PLAN-06.inspections-missing");
    }

    /** Issue 13: rules show states each interpretation and its confidence (CTIP-APPL-04.order-measured-on-parent, FAR 1.108(c)). */
    @Test
    void rulesShowOfARuleStatesItsInterpretationAndConfidence() {
        Cli.Result run = Cli.run("rules", "show", "CTIP-APPL-04.order-measured-on-parent", "--rules", "rules").exits(0);
        assertThat(run.out()).contains("(confidence INFERRED)", "Interpretation (applicability/ctip-appl-04-orders.drl):",
                "highest final priced alternative", "Reading [I]");
    }

    @Test
    void rulesShowOfOneRulePrintsItsConfidenceAndTheInterpretationWrittenAboveIt() {
        Cli.Result run = Cli.run("rules", "show", "CTIP-CERT-01.plan-not-yet-effective", "--rules", "rules").exits(0);
        assertThat(run.out()).contains("Confidence: INFERRED", "Interpretation:",
                "It", "has implemented a compliance plan", "effective date is read as the date it was implemented");
        Cli.Result lapse = Cli.run("rules", "show", "CTIP-CERT-02.lapsed", "--rules", "rules").exits(0);
        assertThat(lapse.out()).contains("Interpretation:", "no more than twelve months may pass between the");
    }

    @Test
    void aRuleWithoutACommentOfItsOwnIsExplainedByTheFileComment() {
        Cli.Result run = Cli.run("rules", "show", "CTIP-APPL-06.assistance-plan-not-required", "--rules", "rules").exits(0);
        assertThat(run.out()).contains("Interpretation:", "22 U.S.C. 7104a(a)");
    }

    @Test
    void rulesShowOfAnUnknownIdIsInvalidInput() {
        assertThat(Cli.run("rules", "show", "CTIP-NOPE-01", "--rules", "rules").exits(2).err())
                .contains("no requirement or rule 'CTIP-NOPE-01'");
    }

    @Test
    void rulesCoverageAccountsForEveryCatalogRequirement() {
        Cli.Result run = Cli.run("rules", "coverage", "--rules", "rules").exits(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("CTIP-PLAN-06", "ENCODED", "rules: CTIP-PLAN-06.housing-attested-plan-silent, CTIP-PLAN-06.inspections-missing",
                "tests: ", "HousingPlanRuleTest", "CTIP-GOV-05", "NOT ENCODED", "why:", "0 missing");
    }
}
