package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule pack's own checks: complete metadata, unique ids that name their requirement, and for every rule
 * a test where it fires and one where it does not (found in the test sources, semgrep style).
 */
class RuleCatalogTest {
    private static final Pattern FIRES = Pattern.compile("\\.fires\\(\"([^\"]+)\"\\)");
    private static final Pattern DOES_NOT_FIRE = Pattern.compile("\\.doesNotFire\\(\"([^\"]+)\"\\)");
    private static List<RuleInfo> rules;
    private static String testSources;

    @BeforeAll
    static void load() throws IOException {
        rules = TestRules.ruleset().rules();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
            testSources = text.toString();
        }
    }

    /** docs/rules.md is generated from the ruleset; run with -Drules.update=true to rewrite it. */
    @Test
    void theGeneratedRuleCatalogIsCurrent() throws IOException {
        Path published = Path.of("docs/rules.md");
        String generated = RuleCatalogMarkdown.render(TestRules.ruleset());
        if (Boolean.getBoolean("rules.update")) {
            Files.writeString(published, generated);
        }
        assertThat(Files.exists(published) ? Files.readString(published) : "")
                .as("docs/rules.md is stale: run mvn test -Dtest=RuleCatalogTest -Drules.update=true").isEqualTo(generated);
    }

    @Test
    void everyRuleHasCompleteMetadata() {
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.title()).as(rule.id() + " title").isNotBlank();
            assertThat(rule.citation()).as(rule.id() + " citation").matches(".*(FAR|CFR|U\\.S\\.C\\.|FR|DFARS|ADS).*");
            assertThat(rule.remediation()).as(rule.id() + " remediation").isNotBlank();
            assertThat(rule.severity()).as(rule.id() + " severity").isNotNull();
            assertThat(rule.confidence()).as(rule.id() + " confidence").isNotNull();
            assertThat(rule.file()).as(rule.id() + " file").isNotNull();
        });
    }

    @Test
    void ruleIdsAreUniqueAndStartWithTheirRequirement() {
        assertThat(rules.stream().map(RuleInfo::id)).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(rule ->
                assertThat(rule.id()).as("rule id").startsWith(rule.requirementId() + "."));
    }

    @Test
    void ruleFilesAreNamedAfterTheRequirementTheyDecide() {
        assertThat(rules).allSatisfy(rule -> {
            String prefix = rule.requirementId().toLowerCase().replaceAll("(\\d)[a-z]$", "$1") + "-";
            assertThat(Path.of(rule.file()).getFileName().toString()).as(rule.id() + " file").startsWith(prefix);
        });
    }

    @Test
    void everyRuleHasATestWhereItFiresAndOneWhereItDoesNot() {
        Set<String> fires = matches(FIRES);
        Set<String> doesNotFire = matches(DOES_NOT_FIRE);
        List<String> ids = rules.stream().map(RuleInfo::id).toList();
        assertThat(ids.stream().filter(id -> !fires.contains(id)).collect(Collectors.toList()))
                .as("rules with no test where they fire").isEmpty();
        assertThat(ids.stream().filter(id -> !doesNotFire.contains(id)).collect(Collectors.toList()))
                .as("rules with no test where they do not fire").isEmpty();
        Set<String> unknown = new HashSet<>(fires);
        unknown.addAll(doesNotFire);
        unknown.removeAll(ids);
        assertThat(unknown).as("tests naming rules that do not exist").isEmpty();
    }

    @Test
    void rulesThatAskForReviewAreInfoSeverity() throws IOException {
        for (RuleInfo rule : rules) {
            String body = ruleBody(rule);
            if (body.contains("outcomes.needsReview(")) {
                assertThat(rule.severity()).as(rule.id() + " asks for review, so it must not grade").isEqualTo(Severity.INFO);
            }
            if (body.contains("outcomes.met(") || body.contains("outcomes.notApplicable(")) {
                assertThat(rule.severity()).as(rule.id() + " records no gap").isEqualTo(Severity.INFO);
            }
        }
    }

    @Test
    void rulesNeverModifyOrRetractSubmittedFacts() throws IOException {
        for (RuleInfo rule : rules) {
            String body = ruleBody(rule);
            assertThat(body).as(rule.id()).doesNotContain("modify(", "update(", "delete(", "retract(");
        }
    }

    private static String ruleBody(RuleInfo rule) throws IOException {
        String text = Files.readString(TestRules.FOLDER.resolve(rule.file()));
        int start = text.indexOf("rule \"" + rule.id() + "\"");
        int end = text.indexOf("\nend", start);
        return text.substring(start, end);
    }

    private static Set<String> matches(Pattern pattern) {
        Set<String> ids = new HashSet<>();
        Matcher matcher = pattern.matcher(testSources);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
