package org.ctipcheck.spring;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ctipcheck.check.CheckListener;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.evaluation.Ruleset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The compliance check for a Spring Boot application: {@link ComplianceCheck} on the ruleset ({@code ctip.rules.*})
 * and the audit log ({@code ctip.audit.*}), with report renderers, a health contributor when the actuator is present
 * and Micrometer meters when there is a registry. Evaluations run on the rule threads ({@code ctipRuleRunner},
 * {@code ctip.rules.runner-threads}), so that a rule that never returns fails its check at {@code ctip.rules.time-limit}
 * (unless a check's options set another limit) rather than hang the caller. Every bean yields to one
 * of the same type (the executors: of the same name, {@code ctipCheckExecutor}, {@code ctipRuleRunner}) that the
 * application defines. The rules are loaded and the audit log opened
 * (created, migrated) at start-up, so that a misconfigured application does not start rather than fail its first check.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(CtipCheckProperties.class)
@Import({CtipHealthConfiguration.class, CtipMetricsConfiguration.class})
public class CtipAutoConfiguration {
    /** The name of the executor bean the check runs its supply-chain screens and store opening on. */
    public static final String EXECUTOR = "ctipCheckExecutor";
    /** The name of the executor bean evaluations run on, watched against the rule time limit. */
    public static final String RULE_RUNNER = "ctipRuleRunner";

    @Bean
    @ConditionalOnMissingBean
    Ruleset ctipRuleset(CtipCheckProperties properties, org.springframework.core.io.ResourceLoader resources) {
        return RulesLocation.load(properties.rules(), resources.getClassLoader());
    }

    @Bean
    @ConditionalOnMissingBean
    CtipAuditLog ctipAuditLog(CtipCheckProperties properties, ObjectProvider<DataSource> dataSources) {
        return AuditLogSetting.open(properties.audit(), dataSources.getIfUnique());
    }

    /** Daemon threads, one a core (at least two); shut down with the application context. */
    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    @ConditionalOnMissingBean(name = EXECUTOR)
    ExecutorService ctipCheckExecutor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "ctip-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The threads evaluations run on, watched against ctip.rules.time-limit so that a rule that never returns fails
     * its check instead of hanging the caller ({@link RuleRunner}); shut down with the application context.
     */
    @Bean(name = RULE_RUNNER, destroyMethod = "shutdownNow")
    @ConditionalOnMissingBean(name = RULE_RUNNER)
    RuleRunner ctipRuleRunner(CtipCheckProperties properties) {
        int concurrent = properties.rules().concurrentEvaluations();
        return new RuleRunner(properties.rules().runnerThreads(),
                concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors());
    }

    @Bean
    @ConditionalOnMissingBean
    ComplianceCheck complianceCheck(Ruleset ruleset, CtipAuditLog auditLog, @Qualifier(EXECUTOR) Executor executor,
            @Qualifier(RULE_RUNNER) Executor ruleRunner, CtipCheckProperties properties,
            ObjectProvider<CheckListener> listeners) {
        // group commit: concurrent requests' records share one audit transaction (issue 15: recorded checks/s)
        ComplianceCheck check = new ComplianceCheck(ruleset, auditLog.opener(), executor, Clock.systemDefaultZone())
                .withRuleRunner(ruleRunner).withRuleTimeLimit(properties.rules().timeLimit()).withGroupCommit();
        java.util.List<CheckListener> all = listeners.orderedStream().toList();
        return all.isEmpty() ? check : check.withListener(CheckListeners.of(all));
    }

    @Bean
    @ConditionalOnMissingBean
    CtipReportRenderers ctipReportRenderers() {
        return new CtipReportRenderers();
    }
}
