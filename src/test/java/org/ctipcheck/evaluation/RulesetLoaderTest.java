package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesetLoaderTest {
    @TempDir
    Path temp;

    @Test
    void theDefaultRulesAreLoadedFromTheBuildsPrecompiledClasses() {
        assertThat(TestRules.ruleset().compiledFrom()).isEqualTo("build");
        assertThat(TestRules.ruleset().fingerprint()).hasSize(64);
    }

    @Test
    void otherRulesAreCompiledOnceThenLoadedFromTheCache() throws Exception {
        Path rules = copyOfRules();
        append(rules.resolve("plan/ctip-plan-09-provided-on-request.drl"), "\n// a comment changes the fingerprint\n");
        RulesetLoader loader = new RulesetLoader(temp.resolve("cache"));
        Ruleset first = loader.load(rules);
        Ruleset second = loader.load(rules);
        assertThat(first.compiledFrom()).isEqualTo("compiled");
        assertThat(second.compiledFrom()).isEqualTo("cache");
        assertThat(temp.resolve("cache").resolve(BuildInfo.current().buildId()).resolve(first.fingerprint() + ".kjar"))
                .isRegularFile();
        assertThat(new RulesetLoader().load(rules).compiledFrom()).as("without a cache folder").isEqualTo("compiled");
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint()).isNotEqualTo(TestRules.ruleset().fingerprint());
        assertThat(new ComplianceEvaluator(second).evaluate(SubmissionFixture.compliant().read().facts(),
                SubmissionFixture.AS_OF).findings()).isEmpty();
    }

    @Test
    void compilingForANewBuildRemovesRulesCompiledByEarlierBuilds() throws Exception {
        Path old = Files.createDirectories(temp.resolve("cache/0.0.1-20200101000000"));
        Files.write(old.resolve("abc.kjar"), new byte[] {1});
        Path rules = copyOfRules();
        append(rules.resolve("plan/ctip-plan-09-provided-on-request.drl"), "\n// another fingerprint\n");
        new RulesetLoader(new CompiledRulesCache(temp.resolve("cache/current"))).load(rules);
        assertThat(old).doesNotExist();
        assertThat(temp.resolve("cache/current")).isDirectoryContaining("glob:**.kjar");
    }

    @Test
    void aSyntaxErrorStopsTheLoadNamingFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Path broken = rules.resolve("plan/ctip-plan-06-housing.drl");
        Files.writeString(broken, Files.readString(broken).replace("$housing : HousingPlan( housingProvided, !meetsStandards )",
                "$housing : HousingPlan( housingProvided, !meetsStandards"));
        RulesetLoader loader = new RulesetLoader(new CompiledRulesCache(temp.resolve("cache")));
        assertThatThrownBy(() -> loader.load(rules))
                .isInstanceOfSatisfying(RulesetException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems().get(0).file()).isEqualTo("plan/ctip-plan-06-housing.drl");
                    assertThat(e.problems().get(0).line()).isPositive();
                    assertThat(e.getMessage()).contains("do not compile");
                });
    }

    @Test
    void aRuleWithoutCitationStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        Path file = rules.resolve("plan/ctip-plan-09-provided-on-request.drl");
        Files.writeString(file, Files.readString(file).replaceFirst("\\s*@citation\\(\"FAR 52.222-50\\(h\\)\\(4\\)\\(ii\\)\"\\)", ""));
        assertThatThrownBy(() -> new RulesetLoader(new CompiledRulesCache(temp.resolve("cache"))).load(rules))
                .isInstanceOfSatisfying(RulesetException.class, e -> assertThat(e.getMessage())
                        .contains("plan/ctip-plan-09-provided-on-request.drl", "CTIP-PLAN-09.unanswered", "citation"));
    }

    @Test
    void aRequirementThatNoRuleDecidesStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        append(rules.resolve("requirements.yaml"), """
                  - id: CTIP-PLAN-99
                    scope: plan-element
                    title: A requirement nobody encoded
                    citation: FAR 52.222-50(h)(9)
                    confidence: UNVERIFIED
                """);
        assertThatThrownBy(() -> new RulesetLoader(new CompiledRulesCache(temp.resolve("cache"))).load(rules))
                .isInstanceOfSatisfying(RulesetException.class, e -> assertThat(e.getMessage())
                        .contains("CTIP-PLAN-99 has no rule that decides it"));
    }

    /**
     * Rules archived in the audit log before rule packs carried parameters.yaml (no file, no parameters global,
     * the fixed limits of that time) still load and evaluate as they did, so their checks can be replayed.
     */
    @Test
    void aPackFromBeforeParametersFilesStillLoadsWithTheLimitsOfThatTime() throws Exception {
        List<RuleSource> archived = new ArrayList<>();
        for (RuleSource source : TestRules.ruleset().sources()) {
            String text = source.text()
                    .replaceAll("(?m)^// The rule pack's policy parameters.*\n^global org.ctipcheck.evaluation.PolicyParameters parameters;\n", "")
                    .replace("excessiveHours(parameters.excessiveWeeklyHours())", "excessiveHours")
                    .replace("auditThin(today, parameters.auditMaxAgeMonths())", "auditThin(today)")
                    .replace("parameters.excessiveWeeklyHours()", "60")
                    .replace("parameters.auditMaxAgeMonths()", "24")
                    .replace("parameters.planRequestGraceDays()", "0");
            if (!source.path().equals("parameters.yaml")) { // the lists' manifest stays: the fixture screens with it
                archived.add(new RuleSource(source.path(), text));
            }
        }
        assertThat(archived).noneSatisfy(source -> assertThat(source.text()).contains("parameters"));
        Ruleset old = new RulesetLoader().load(RulePackLocation.sources("evaluation 7", archived));
        assertThat(old.parameters()).isEqualTo(PolicyParameters.BEFORE_PARAMETERS_FILE);
        AttestationFixture.compliant().set("weekly_hours", "61").evaluate(old).fires("CTIP-SC-ILO.excessive-overtime");
        AttestationFixture.compliant().set("weekly_hours", "60").evaluate(old).doesNotFire("CTIP-SC-ILO.excessive-overtime");
        AttestationFixture.compliant().set("country", "CN").set("goods", "cotton").set("audit_date", "2024-11-27")
                .evaluate(old).fires("CTIP-SC-03.thin-risk-treatment");
        assertThat(new ComplianceEvaluator(old).evaluate(SubmissionFixture.compliant().read().facts(),
                SubmissionFixture.AS_OF).findings()).isEmpty();
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> new RulesetLoader().load(temp.resolve("nope")))
                .isInstanceOf(RulesetException.class).hasMessageContaining("does not exist");
    }

    @Test
    void theFingerprintDependsOnContentAndPathsNotOnFileTimes() throws IOException {
        Path rules = copyOfRules();
        String before = RuleFiles.fingerprint(RuleFiles.read(rules));
        Files.setLastModifiedTime(rules.resolve("requirements.yaml"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(RuleFiles.fingerprint(RuleFiles.read(rules))).isEqualTo(before).isEqualTo(TestRules.ruleset().fingerprint());
        Files.move(rules.resolve("plan/ctip-plan-09-provided-on-request.drl"), rules.resolve("plan/ctip-plan-09-renamed.drl"));
        assertThat(RuleFiles.fingerprint(RuleFiles.read(rules))).isNotEqualTo(before);
    }

    private Path copyOfRules() throws IOException {
        Path target = temp.resolve("rules");
        try (Stream<Path> paths = Files.walk(TestRules.FOLDER)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(TestRules.FOLDER.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
        return target;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }
}
