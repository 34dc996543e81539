package org.ctipcheck.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The defaults a host gets from the dependency alone, and each of them replaced by a bean of the host's own: the host's
 * bean is the one used, and the auto-configuration adds no second one.
 */
class CtipAutoConfigurationTest {

    @Test
    void aHostWithNothingOfItsOwnGetsACheckOnTheBundledPackThatRecordsNothing() {
        Hosts.host().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ComplianceCheck.class).hasSingleBean(Ruleset.class)
                    .hasSingleBean(CtipAuditLog.class).hasSingleBean(CtipReportRenderers.class)
                    .hasBean(CtipAutoConfiguration.EXECUTOR).doesNotHaveBean(CheckMetrics.class);
            assertThat(context.getBean(Ruleset.class).location()).isEqualTo("classpath:ctip/pack/");
            assertThat(context.getBean(CtipAuditLog.class).enabled()).isFalse();
            ComplianceCheck check = context.getBean(ComplianceCheck.class);
            assertThat(check.records()).isFalse();

            CheckOutcome outcome = Hosts.check(check, Hosts.SAMPLE_01);

            assertThat(outcome.issued()).singleElement().satisfies(issued -> {
                assertThat(issued.report().result().determination()).isEqualTo(Determination.COMPLIANT);
                assertThat(issued.recorded()).isFalse();
            });
        });
    }

    /** Issue 15: evaluations run on named, bounded rule threads the context owns and shuts down with itself. */
    @Test
    void theCheckRunsItsRulesOnBoundedRuleThreadsShutDownWithTheContext() {
        RuleRunner[] runner = new RuleRunner[1];
        Hosts.hostWithLoadedRules().withPropertyValues("ctip.rules.runner-threads=3", "ctip.rules.time-limit=2s",
                        "ctip.rules.concurrent-evaluations=2")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasBean(CtipAutoConfiguration.RULE_RUNNER);
                    runner[0] = context.getBean(CtipAutoConfiguration.RULE_RUNNER, RuleRunner.class);
                    assertThat(runner[0].threads()).isEqualTo(3);
                    assertThat(runner[0].getMaximumPoolSize()).isEqualTo(3);
                    assertThat(runner[0].concurrentEvaluations()).isEqualTo(2);
                    assertThat(context.getBean(CtipCheckProperties.class).rules().timeLimit())
                            .isEqualTo(java.time.Duration.ofSeconds(2));
                    Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01);
                    assertThat(runner[0].getLargestPoolSize()).as("the evaluation ran on a rule thread").isPositive();
                });
        assertThat(runner[0].isShutdown()).isTrue();
        Hosts.hostWithLoadedRules().withPropertyValues("ctip.rules.time-limit=0s")
                .run(context -> assertThat(context).hasFailed());
        Hosts.hostWithLoadedRules().withPropertyValues("ctip.rules.concurrent-evaluations=-1")
                .run(context -> assertThat(context).hasFailed());
        Hosts.hostWithLoadedRules().run(context -> assertThat(context.getBean(RuleRunner.class).concurrentEvaluations())
                .as("by default one a processor").isEqualTo(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void theHostsRulesetIsTheOneChecked() {
        Ruleset own = Hosts.BUNDLED;
        Hosts.host().withBean("hostRules", Ruleset.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(Ruleset.class);
            assertThat(context.getBean(Ruleset.class)).isSameAs(own);
            assertThat(Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_02).issued().get(0).report()
                    .ruleset().sha256()).isEqualTo(own.fingerprint());
        });
    }

    @Test
    void theHostsComplianceCheckReplacesOurs() {
        ComplianceCheck own = new ComplianceCheck(Hosts.BUNDLED, null, Runnable::run, Clock.systemUTC());
        Hosts.hostWithLoadedRules().withBean("hostCheck", ComplianceCheck.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(ComplianceCheck.class);
            assertThat(context.getBean(ComplianceCheck.class)).isSameAs(own);
        });
    }

    @Test
    void theHostsAuditLogReplacesOurs() {
        CtipAuditLog own = CtipAuditLog.off();
        Hosts.hostWithLoadedRules().withPropertyValues("ctip.audit.enabled=true")
                .withBean("hostAuditLog", CtipAuditLog.class, () -> own).run(context -> {
                    // ctip.audit.* is not read at all: the host's log is used as it is (no missing-dir failure)
                    assertThat(context).hasNotFailed().hasSingleBean(CtipAuditLog.class);
                    assertThat(context.getBean(CtipAuditLog.class)).isSameAs(own);
                });
    }

    @Test
    void theHostsExecutorRunsTheChecksScreensAndOursIsNotStarted() {
        java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        Executor own = task -> {
            tasks.incrementAndGet();
            task.run();
        };
        Hosts.hostWithLoadedRules().withBean(CtipAutoConfiguration.EXECUTOR, Executor.class, () -> own).run(context -> {
            // the only pool the auto-configuration starts is the rule threads (the host's executor is not for those)
            assertThat(context.getBeansOfType(ExecutorService.class)).containsOnlyKeys(CtipAutoConfiguration.RULE_RUNNER);
            assertThat(context.getBean(CtipAutoConfiguration.EXECUTOR)).isSameAs(own);
            CheckOutcome outcome = Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01);
            assertThat(outcome.issued()).hasSize(1);
        });
    }

    @Test
    void theDefaultExecutorIsShutDownWithTheContext() {
        ExecutorService[] executor = new ExecutorService[1];
        Hosts.hostWithLoadedRules().run(context ->
                executor[0] = context.getBean(CtipAutoConfiguration.EXECUTOR, ExecutorService.class));
        assertThat(executor[0].isShutdown()).isTrue();
    }

    @Test
    void theHostsReportRenderersReplaceOurs() {
        CtipReportRenderers own = new CtipReportRenderers() {
            @Override
            public java.util.Set<ReportFormat> formats() {
                return java.util.EnumSet.of(ReportFormat.PDF);
            }
        };
        Hosts.hostWithLoadedRules().withBean("hostRenderers", CtipReportRenderers.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(CtipReportRenderers.class);
            assertThat(context.getBean(CtipReportRenderers.class).formats()).containsExactly(ReportFormat.PDF);
        });
    }

    @Test
    void theRenderersRenderAnUnrecordedReportInEveryFormat() {
        Hosts.hostWithLoadedRules().run(context -> {
            var issued = Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_02).issued().get(0);
            CtipReportRenderers renderers = context.getBean(CtipReportRenderers.class);
            assertThat(renderers.formats()).contains(ReportFormat.PDF, ReportFormat.OSCAL);
            assertThat(issued.rendered()).as("not recorded: nothing rendered for a record").isEmpty();
            assertThat(new String(renderers.render(issued, ReportFormat.JSON), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("{").contains("NON_COMPLIANT");
            assertThat(new String(renderers.render(issued, ReportFormat.PDF), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        });
    }

    @Test
    void theHostsHealthIndicatorsReplaceOursByName() {
        HealthIndicator own = () -> Health.outOfService().build();
        Hosts.hostWithLoadedRules().withBean("ctipRulesetHealthIndicator", HealthIndicator.class, () -> own)
                .withBean("ctipAuditLogHealthIndicator", HealthIndicator.class, () -> own).run(context -> {
                    assertThat(context.getBeansOfType(HealthIndicator.class)).hasSize(2).containsValues(own);
                    assertThat(context.getBean("ctipRulesetHealthIndicator")).isSameAs(own);
                    assertThat(context.getBean("ctipAuditLogHealthIndicator")).isSameAs(own);
                });
    }
}
