package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder that cannot be used stops every command with exit 3 and says where: the file, the line
 * and the rule. Each test breaks a copy of rules/ in a temporary folder; the project's rules are untouched.
 */
class RulesetErrorTest {
    static final Path RULES = Path.of("rules");
    static final String SAMPLE = "samples/01-compliant-overseas-services/submission.yaml";

    @TempDir
    Path rules;

    void copyRules() throws IOException {
        try (Stream<Path> paths = Files.walk(RULES)) {
            for (Path source : paths.toList()) {
                Path target = rules.resolve(RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Replaces the first occurrence of {@code target} in a copied rule file and returns its 1-based line number. */
    int breakFile(String file, String target, String replacement) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        int at = text.indexOf(target);
        assertThat(at).as(target + " in " + file).isNotNegative();
        Files.writeString(path, text.substring(0, at) + replacement + text.substring(at + target.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * "file:N: " where N is the broken line or the next: the DRL parser reports the token at which it noticed
     * the error, which for a broken keyword or an unclosed pattern is the first token of the following line.
     */
    static String reportedAt(String file, int line) {
        return "(?m)^  " + java.util.regex.Pattern.quote(file) + ":(" + line + "|" + (line + 1) + "): ";
    }

    @Test
    void drlSyntaxErrorExitsThreeNamingFileAndLine() throws IOException {
        copyRules();
        int line = breakFile("plan/ctip-plan-08-posting.drl", "\nwhen\n", "\nwhen PlanDecision( inScope \n") + 1;
        String where = reportedAt("plan/ctip-plan-08-posting.drl", line);

        Cli.Result check = Cli.run("check", SAMPLE, "--rules", rules.toString(), "--as-of", "2026-03-01")
                .exits(3).noStackTrace();

        assertThat(check.err()).startsWith("ctip: the rules do not compile").containsPattern(where);
        assertThat(check.out()).isEmpty();

        Cli.Result list = Cli.run("rules", "list", "--rules", rules.toString()).exits(3).noStackTrace();

        assertThat(list.err()).containsPattern(where);
    }

    @Test
    void misspelledKeywordIsReportedAtItsLine() throws IOException {
        copyRules();
        int line = breakFile("certification/ctip-cert-03-covers-agents.drl", "then\n", "thne\n");

        Cli.Result run = Cli.run("rules", "list", "--rules", rules.toString()).exits(3).noStackTrace();

        assertThat(run.err()).containsPattern(reportedAt("certification/ctip-cert-03-covers-agents.drl", line))
                .contains("CTIP-CERT-03.omits-agents");
    }

    @Test
    void ruleWithoutCitationExitsThreeNamingTheRule() throws IOException {
        copyRules();
        breakFile("plan/ctip-plan-09-provided-on-request.drl", "    @citation(\"FAR 52.222-50(h)(4)(ii)\")\n", "");
        List<String> lines = Files.readAllLines(rules.resolve("plan/ctip-plan-09-provided-on-request.drl"));
        int ruleLine = lines.indexOf("rule \"CTIP-PLAN-09.unanswered\"") + 1;

        Cli.Result run = Cli.run("check", SAMPLE, "--rules", rules.toString(), "--as-of", "2026-03-01")
                .exits(3).noStackTrace();

        assertThat(run.err()).contains("is not usable")
                .containsPattern(reportedAt("plan/ctip-plan-09-provided-on-request.drl", ruleLine))
                .contains("rule \"CTIP-PLAN-09.unanswered\" lacks metadata [citation]");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingRulesFolderExitsThree() {
        Path missing = rules.resolve("nowhere");

        Cli.Result run = Cli.run("check", SAMPLE, "--rules", missing.toString()).exits(3).noStackTrace();

        assertThat(run.err()).contains("rules folder " + missing + " does not exist or is not a folder");
    }

    @Test
    void rulesFolderWithoutRequirementsExitsThree() throws IOException {
        Files.writeString(rules.resolve("only.drl"), "package x;\n");

        Cli.Result run = Cli.run("rules", "list", "--rules", rules.toString()).exits(3).noStackTrace();

        assertThat(run.err()).contains("has no requirements.yaml");
    }

    @Test
    void rulesFolderWithoutDrlExitsThree() throws IOException {
        Files.copy(RULES.resolve("requirements.yaml"), rules.resolve("requirements.yaml"));

        Cli.Result run = Cli.run("check", SAMPLE, "--rules", rules.toString()).exits(3).noStackTrace();

        assertThat(run.err()).contains("contains no .drl files");
        assertThat(List.of(run.out())).containsExactly("");
    }
}
