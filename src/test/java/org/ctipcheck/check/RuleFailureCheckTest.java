package org.ctipcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.supplychain.AttestationSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 5, through the application API: the rule time limit is a {@link CheckOptions} value, a failing rule
 * is an outcome of its submission ({@link CheckedSubmission.RuleFailed}, naming the rule) rather than an exception that
 * ends the check, and nothing of it is recorded. A small rule pack (one requirement, two rules) keeps this fast.
 */
class RuleFailureCheckTest {
    private static final Path SAMPLE_01 = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    private static final Path SAMPLE_02 = Path.of("samples/02-housing-without-housing-plan/submission.json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String REQUIREMENTS = """
            requirements:
              - id: CTIP-PLAN-08
                scope: plan-element
                title: Posting
                citation: FAR 52.222-50(h)(4)(i)
                confidence: VERIFIED
              - id: CTIP-SC-01
                scope: supply-chain
                title: Identity
                citation: FAR 52.222-50(h)(3)(v)
                confidence: INFERRED
            """;

    @TempDir
    static Path folder;

    static Ruleset rules;

    @BeforeAll
    static void smallPackWithALoopingAndAThrowingRule() throws IOException {
        Path pack = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(pack.resolve("requirements.yaml"), REQUIREMENTS);
        Files.writeString(pack.resolve("failing.drl"), """
                package ctip.failing;
                import org.ctipcheck.submission.*;
                global org.ctipcheck.evaluation.Outcomes outcomes;
                global org.ctipcheck.evaluation.RowOutcomes screen;

                rule "CTIP-PLAN-08.loops-for-meridian"
                    @id("CTIP-PLAN-08.loops-for-meridian") @requirement("CTIP-PLAN-08") @title("Loops")
                    @severity("INFO") @citation("FAR 52.222-50(h)(4)(i)") @remediation("None.") @confidence("INFERRED")
                when
                    $organization : Organization( legalName == "Meridian Gulf Builders W.L.L." )
                then
                    update($organization);
                end

                rule "CTIP-SC-01.throws-on-rows"
                    @id("CTIP-SC-01.throws-on-rows") @requirement("CTIP-SC-01") @title("Throws")
                    @severity("INFO") @citation("FAR 52.222-50(h)(3)(v)") @remediation("None.") @confidence("INFERRED")
                when
                    AttestationRow( supplierId == "S-BOOM" )
                then
                    throw new IllegalStateException("row rule failed");
                end

                rule "CTIP-SC-01.sleeps-on-rows"
                    @id("CTIP-SC-01.sleeps-on-rows") @requirement("CTIP-SC-01") @title("Sleeps")
                    @severity("INFO") @citation("FAR 52.222-50(h)(3)(v)") @remediation("None.") @confidence("INFERRED")
                when
                    AttestationRow( supplierId == "S-SLOW" )
                then
                    try {
                        Thread.sleep(600000); // does not return for ten minutes unless interrupted
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                end
                """);
        rules = new RulesetLoader().load(pack);
    }

    private static ComplianceCheck check(Supplier<AuditStore> auditLog) {
        return new ComplianceCheck(() -> rules, auditLog, Runnable::run, CLOCK,
                ruleset -> AttestationFixture.lists());
    }

    private static CheckOptions options(Duration limit) {
        return CheckOptions.defaults().withEvaluationDate(LocalDate.of(2026, 3, 1)).withRuleTimeLimit(limit);
    }

    @Test
    void aRuleRunningPastTheLimitFailsItsSubmissionOnlyAndIsNotRecorded() {
        AuditLocation location = AuditLocation.embedded(folder.resolve("audit"));

        CheckOutcome outcome = check(() -> AuditStore.open(location)).check(new CheckRequest(List.of(
                SubmissionInput.file(SAMPLE_01), SubmissionInput.file(SAMPLE_02)), null, options(Duration.ofMillis(300)),
                null, null));

        assertThat(outcome.ruleFailures()).singleElement().satisfies(failed -> {
            assertThat(failed.source()).isEqualTo(SAMPLE_01.toString());
            assertThat(failed.ruleId()).isEqualTo("CTIP-PLAN-08.loops-for-meridian");
            assertThat(failed.message()).contains("longer than the limit of 300 ms");
        });
        assertThat(outcome.issued()).singleElement().satisfies(issued ->
                assertThat(issued.source()).isEqualTo(SAMPLE_02.toString()));
        try (AuditStore store = AuditStore.open(location)) {
            assertThat(store.queries().list(new AuditFilter(null, null, null, null, null))).singleElement()
                    .satisfies(summary -> assertThat(summary.organization()).doesNotContain("Meridian"));
        }
    }

    /** A channel sets the limit once for its check (ctip.rules.time-limit); options that set one still win. */
    @Test
    void theChecksRuleTimeLimitAppliesWhenTheOptionsSetNone() {
        CheckOptions noLimit = CheckOptions.defaults().withEvaluationDate(LocalDate.of(2026, 3, 1));
        assertThat(noLimit.ruleTimeLimit()).isNull();

        CheckOutcome outcome = check(null).withRuleTimeLimit(Duration.ofMillis(250))
                .check(CheckRequest.of(SubmissionInput.file(SAMPLE_01), noLimit));
        CheckOutcome ownLimit = check(null).withRuleTimeLimit(Duration.ofMillis(250))
                .check(CheckRequest.of(SubmissionInput.file(SAMPLE_01), options(Duration.ofMillis(300))));

        assertThat(outcome.ruleFailures()).singleElement().satisfies(failed -> assertThat(failed.message())
                .contains("CTIP-PLAN-08.loops-for-meridian").contains("longer than the limit of 250 ms"));
        assertThat(ownLimit.ruleFailures()).singleElement().satisfies(failed -> assertThat(failed.message())
                .contains("longer than the limit of 300 ms"));
    }

    @Test
    void aSupplyChainRuleThatThrowsFailsTheCheckedSubmissionNamingTheRule() {
        byte[] rows = ("supplier_id,supplier_name,role,tier,country\nS-1,Fine Supplier,supplier,1,BD\n"
                + "S-BOOM,Failing Supplier,supplier,1,BD\n").getBytes(StandardCharsets.UTF_8);
        CheckRequest request = CheckRequest.of(SubmissionInput.file(SAMPLE_02), options(Duration.ofSeconds(10)))
                .withAttestation(new AttestationSource("suppliers.csv", () -> new ByteArrayInputStream(rows), rows.length));

        CheckOutcome outcome = check(null).check(request);

        assertThat(outcome.issued()).isEmpty();
        assertThat(outcome.ruleFailures()).singleElement().satisfies(failed -> {
            assertThat(failed.ruleId()).isEqualTo("CTIP-SC-01.throws-on-rows");
            assertThat(failed.message()).contains("row rule failed");
        });
    }

    @Test
    void aSupplyChainRuleThatDoesNotReturnIsAbandonedAtTheLimitWhenTheCheckHasARuleRunner() {
        byte[] rows = ("supplier_id,supplier_name,role,tier,country\nS-1,Fine Supplier,supplier,1,BD\n"
                + "S-SLOW,Slow Supplier,supplier,1,BD\n").getBytes(StandardCharsets.UTF_8);
        CheckRequest request = CheckRequest.of(SubmissionInput.file(SAMPLE_02), options(Duration.ofMillis(300)))
                .withAttestation(new AttestationSource("suppliers.csv", () -> new ByteArrayInputStream(rows), rows.length));
        java.util.concurrent.ExecutorService runner = java.util.concurrent.Executors.newCachedThreadPool();
        long started = System.nanoTime();

        CheckOutcome outcome;
        try {
            outcome = check(null).withRuleRunner(runner).check(request);
        } finally {
            runner.shutdownNow(); // interrupts the abandoned rule's sleep
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
        assertThat(outcome.issued()).isEmpty();
        assertThat(outcome.ruleFailures()).singleElement().satisfies(failed -> {
            assertThat(failed.ruleId()).isEqualTo("CTIP-SC-01.sleeps-on-rows");
            assertThat(failed.message()).contains("its consequence did not return within the limit of 300 ms");
        });
    }
}
