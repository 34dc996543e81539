package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, item 5: a rule that fails at run time is a ruleset error (exit 3) naming the rule, not an internal error
 * (exit 4); a rule that keeps firing is stopped at the time limit; the other submissions of the same check are still
 * evaluated and reported, and nothing of a failed evaluation is reported or recorded. The rules are a copy of rules/
 * plus src/test/resources/failing-rules/, each failing only for one organization's name.
 */
class RuleFailureTest {
    private static final Path SAMPLE = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    private static final String GOOD_NAME = "Meridian Gulf Builders W.L.L.";

    @TempDir
    static Path folder;

    static Path rules;
    static Path good;
    static Path consequenceFails;
    static Path conditionFails;
    static Path neverEnds;
    static Path consequenceSpins;
    static Path conditionSpins;

    @BeforeAll
    static void rulesWithFailingRulesAndOneSubmissionForEach() throws IOException {
        rules = folder.resolve("rules");
        try (Stream<Path> paths = Files.walk(Path.of("rules"))) {
            for (Path source : paths.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.createDirectories(rules.resolve("test"));
        Files.copy(Path.of("src/test/resources/failing-rules/ctip-test-failing-rules.drl"),
                rules.resolve("test/ctip-test-failing-rules.drl"));
        good = named("good.yaml", GOOD_NAME);
        consequenceFails = named("consequence.yaml", "Consequence Fails Inc.");
        conditionFails = named("condition.yaml", "Condition Fails Ltd.");
        neverEnds = named("endless.yaml", "Endless Loop LLC");
        consequenceSpins = named("spinning-consequence.yaml", "Spinning Consequence Co.");
        conditionSpins = named("spinning-condition.yaml", "Spinning Condition Corp.");
    }

    private static Path named(String file, String legalName) throws IOException {
        String text = Files.readString(SAMPLE).replace("legalName: " + GOOD_NAME, "legalName: " + legalName);
        assertThat(text).contains("legalName: " + legalName);
        return Files.writeString(folder.resolve(file), text);
    }

    private static Cli.Result check(String... more) {
        String[] base = {"check", "--rules", rules.toString(), "--as-of", "2026-03-01", "--rule-time-limit", "2s"};
        return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void aThrowingConsequenceExitsThreeNamingTheRuleAndTheOtherFilesAreReported() {
        Cli.Result run = check("--no-audit", "--format", "json", consequenceFails.toString(), good.toString())
                .exits(3).noStackTrace();

        assertThat(run.err()).contains(consequenceFails + ": not evaluated: rule CTIP-PLAN-08.test-throws-in-consequence"
                + " failed: its consequence stopped with an error: this consequence always fails")
                .contains("no report was issued").doesNotContain("internal error");
        JsonNode reports = run.json();
        assertThat(reports.isArray()).as("one JSON array of the issued reports").isTrue();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).path("submission").path("source").asString()).isEqualTo(good.toString());
    }

    @Test
    void aThrowingConditionExitsThreeNamingTheRule() {
        Cli.Result run = check("--no-audit", good.toString(), conditionFails.toString()).exits(3).noStackTrace();

        assertThat(run.err()).contains(conditionFails + ": not evaluated: rule CTIP-PLAN-08.test-throws-in-condition"
                + " failed: a condition of its when part stopped with an error: the legal name cannot be read by this"
                + " condition");
        assertThat(run.out()).contains(GOOD_NAME).doesNotContain("Condition Fails Ltd.");
    }

    @Test
    void aRuleThatNeverStopsIsStoppedAtTheTimeLimit() {
        long started = System.nanoTime();

        Cli.Result run = check("--no-audit", neverEnds.toString(), good.toString()).exits(3).noStackTrace();

        assertThat(run.err()).contains(neverEnds + ": not evaluated: rule CTIP-PLAN-08.test-never-ends was stopped:"
                + " the evaluation ran longer than the limit of 2 s");
        assertThat(run.out()).contains(GOOD_NAME).doesNotContain("Endless Loop LLC");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("stopped, not left running")
                .isLessThan(java.time.Duration.ofMinutes(3));
    }

    /**
     * A consequence or a condition that never returns cannot be halted between firings: the check abandons the
     * evaluation at the limit (plus a grace of at most a second). Run as a separate process, as a user runs it: the
     * abandoned thread spins until that process exits, which it must do.
     */
    @Test
    void aConsequenceThatNeverReturnsIsStoppedAtTheTimeLimitAndTheProcessExits() throws Exception {
        Ended run = ctipProcess("--no-audit", consequenceSpins.toString(), good.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains(consequenceSpins + ": not evaluated: rule"
                + " CTIP-PLAN-08.test-consequence-never-returns was stopped: its consequence did not return within the"
                + " limit of 1 s; the evaluation was abandoned").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).contains(GOOD_NAME).doesNotContain("Spinning Consequence");
    }

    @Test
    void aConditionThatNeverReturnsIsStoppedAtTheTimeLimitAndNothingIsRecorded() throws Exception {
        String audit = folder.resolve("spin-audit").toString();
        Ended run = ctipProcess("--audit-dir", audit, conditionSpins.toString(), good.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains(conditionSpins + ": not evaluated: a rule was stopped: a condition of a when part"
                + " (or a function it calls) did not return within the limit of 1 s; the evaluation was abandoned");
        Cli.Result list = Cli.run("audit", "list", "--audit-dir", audit).exits(0);
        assertThat(list.out()).contains("1 evaluation").doesNotContain("Spinning Condition");
    }

    private record Ended(int exit, String out, String err) {
    }

    /** Runs {@code ctip check} in a process of its own, as a user does, and waits (at most two minutes) for it. */
    private static Ended ctipProcess(String... more) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                CtipCommand.class.getName(), "check", "--rules", rules.toString(), "--as-of", "2026-03-01",
                "--rule-time-limit", "1s"));
        command.addAll(java.util.List.of(more));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the check ended by itself: " + Files.readString(err)).isTrue();
        return new Ended(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aFailedEvaluationIsNotRecordedAndTheOthersAre() {
        String audit = folder.resolve("audit").toString();

        check("--audit-dir", audit, "--format", "json", good.toString(), consequenceFails.toString(),
                neverEnds.toString()).exits(3).noStackTrace();

        Cli.Result list = Cli.run("audit", "list", "--audit-dir", audit).exits(0);
        assertThat(list.out()).contains("Meridian Gulf").contains("1 evaluation").doesNotContain("Consequence Fails").doesNotContain("Endless Loop");
        Cli.run("audit", "verify", "--audit-dir", audit).exits(0);
    }

    @Test
    void aReplayWhoseRuleThrowsExitsThreeNamingTheRule() {
        String audit = folder.resolve("replay-audit").toString();
        String id = Cli.run("check", consequenceFails.toString(), "--as-of", "2026-03-01", "--format", "json",
                "--audit-dir", audit).exits(0).json().path("audit").path("evaluationId").asString();

        Cli.Result replay = Cli.run("audit", "replay", id, "--with-current-rules", "--rules", rules.toString(),
                "--audit-dir", audit).exits(3).noStackTrace();

        assertThat(replay.err()).contains("rule CTIP-PLAN-08.test-throws-in-consequence failed")
                .contains("nothing was replayed").doesNotContain("internal error");
    }

    @Test
    void aTimeLimitThatIsNotADurationIsABadOption() {
        Cli.Result run = Cli.run("check", good.toString(), "--no-audit", "--rule-time-limit", "soon").exits(2)
                .noStackTrace();

        assertThat(run.err()).contains("'soon' is not a time limit such as 10s, 500ms or 2m");
    }
}
