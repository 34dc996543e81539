package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parameters.yaml: its values reach the rules and the screen, count towards the fingerprint, and are validated. */
class PolicyParametersTest {
    @TempDir
    static Path cache;
    /** The shipped pack with 50 hours a week, a 0.95 name-similarity cut-off and 12-month audits. */
    private static Ruleset stricter;

    @BeforeAll
    static void loadStricterPack() {
        stricter = new RulesetLoader(cache).load(pack(text -> text
                .replace("value: 60\n", "value: 50\n")
                .replace("value: 0.85\n", "value: 0.95\n")
                .replace("value: 24\n", "value: 12\n")));
    }

    @Test
    void theShippedPackCarriesItsParameters() {
        PolicyParameters shipped = TestRules.ruleset().parameters();
        assertThat(shipped.excessiveWeeklyHours()).isEqualTo(60);
        assertThat(shipped.nameSimilarity()).isEqualTo(0.85);
        assertThat(shipped.auditMaxAgeMonths()).isEqualTo(24);
        assertThat(shipped.highRiskTipTiers()).containsExactly("Tier 2 Watch List", "Tier 3");
        assertThat(shipped.planRequestGraceDays()).isEqualTo(14);
        assertThat(TestRules.ruleset().source("parameters.yaml")).isPresent();
    }

    @Test
    void anotherValueIsAnotherRuleset() {
        assertThat(stricter.parameters()).isEqualTo(new PolicyParameters(50, 0.95, 12, List.of("Tier 2 Watch List", "Tier 3"), 14));
        assertThat(stricter.fingerprint()).isNotEqualTo(TestRules.ruleset().fingerprint())
                .isEqualTo(Ruleset.fingerprintOf(stricter.sources()));
    }

    @Test
    void theWeeklyHoursLimitComesFromTheParameters() {
        AttestationFixture.compliant().set("weekly_hours", "51").evaluate(stricter).fires("CTIP-SC-ILO.excessive-overtime")
                .messageContains("CTIP-SC-ILO.excessive-overtime", "above the limit of 50 a week");
        AttestationFixture.compliant().set("weekly_hours", "50").evaluate(stricter).doesNotFire("CTIP-SC-ILO.excessive-overtime");
        AttestationFixture.compliant().set("weekly_hours", "51").evaluate().doesNotFire("CTIP-SC-ILO.excessive-overtime");
        AttestationFixture.compliant().set("weekly_hours", "61").evaluate().fires("CTIP-SC-ILO.excessive-overtime")
                .messageContains("CTIP-SC-ILO.excessive-overtime", "above the limit of 60 a week");
    }

    @Test
    void theAuditAgeComesFromTheParameters() {
        // listed risk (cotton from China); the fixture evaluates on 2026-11-28: 12 months back is 2025-11-28
        AttestationFixture.compliant().set("country", "CN").set("goods", "cotton").set("audit_date", "2025-11-27")
                .evaluate(stricter).fires("CTIP-SC-03.thin-risk-treatment")
                .messageContains("CTIP-SC-03.thin-risk-treatment", "more than 12 months old");
        AttestationFixture.compliant().set("country", "CN").set("goods", "cotton").set("audit_date", "2025-11-28")
                .evaluate(stricter).doesNotFire("CTIP-SC-03.thin-risk-treatment");
        AttestationFixture.compliant().set("country", "CN").set("goods", "cotton").set("audit_date", "2025-11-27")
                .evaluate().doesNotFire("CTIP-SC-03.thin-risk-treatment");
    }

    @Test
    void theNameSimilarityCutOffComesFromTheParameters() {
        // similarity 0.918 to "Xinjiang Tengxiang Magnesium Products Co., Ltd.": close at 0.85, not at 0.95
        String nearName = "Xinjiang Tengxiang Magnesium Products Trading";
        AttestationFixture.compliant().set("supplier_name", nearName).evaluate().fires("CTIP-SC-04.uflpa-close-match-non-dod");
        AttestationFixture.compliant().set("supplier_name", nearName).evaluate(stricter)
                .doesNotFire("CTIP-SC-04.uflpa-close-match-non-dod");
    }

    @Test
    void aMissingParameterIsNamedWithItsFile() {
        assertRefused(text -> text.replace("  nameSimilarity:", "  unused:"),
                "parameter 'nameSimilarity': missing", "unknown parameter 'unused'");
    }

    @Test
    void aValueOfTheWrongKindOrOutOfRangeIsNamed() {
        assertRefused(text -> text.replace("value: 60\n", "value: sixty\n"),
                "parameter 'excessiveWeeklyHours': the value must be a whole number from 1 to 168, found \"sixty\"");
        assertRefused(text -> text.replace("value: 24\n", "value: 1.5\n"),
                "parameter 'auditMaxAgeMonths': the value must be a whole number");
        assertRefused(text -> text.replace("value: 0.85\n", "value: 85\n"),
                "parameter 'nameSimilarity': the value must be a number above 0 and at most 1, found 85");
        assertRefused(text -> text.replace("value:\n      - Tier 2 Watch List\n      - Tier 3\n", "value: Tier 3\n"),
                "parameter 'highRiskTipTiers': the value must be a list of names");
    }

    @Test
    void aParameterWithoutItsDocumentationIsRefused() {
        assertRefused(text -> text.replaceFirst("    unit: hours per week, overtime included\n", ""),
                "parameter 'excessiveWeeklyHours': needs a 'unit' text");
    }

    @Test
    void aFileThatIsNotYamlOrHasNoParametersIsRefused() {
        assertRefused(text -> "parameters: [", "not valid YAML");
        assertRefused(text -> "limits: {}\n", "expected a top-level 'parameters' map");
    }

    @Test
    void aPackWithoutParametersFileKeepsTheValuesUsedBeforeParametersFilesExisted() {
        assertThat(ParametersFile.parse(null, new ArrayList<>())).isEqualTo(PolicyParameters.BEFORE_PARAMETERS_FILE);
    }

    private static void assertRefused(UnaryOperator<String> edit, String... messages) {
        assertThatThrownBy(() -> new RulesetLoader().load(pack(edit)))
                .isInstanceOfSatisfying(RulesetException.class, e -> {
                    assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo("parameters.yaml"));
                    assertThat(e.getMessage()).contains("parameters.yaml").contains(messages);
                });
    }

    /** The shipped rule pack with its parameters.yaml edited. */
    private static RulePackLocation pack(UnaryOperator<String> edit) {
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource source : TestRules.ruleset().sources()) {
            sources.add(source.path().equals("parameters.yaml") ? new RuleSource(source.path(), edit.apply(source.text())) : source);
        }
        return RulePackLocation.sources("edited pack", sources);
    }
}
