package org.ctipcheck.spring;

import io.micrometer.core.instrument.Gauge;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer meters of every check ({@link CheckMetrics}) and of the rule threads, when the application has a meter
 * registry.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
class CtipMetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "ctipCheckMetrics")
    CheckMetrics ctipCheckMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        return new CheckMetrics(registry);
    }

    /**
     * Gauges of the auto-configured rule threads: {@code ctip.rules.threads.active} (evaluating, or held) and
     * {@code ctip.rules.threads.held} (held by rules that did not return within the time limit: lost until they
     * return or the service restarts; alert when above zero). None when the application gives its own runner.
     */
    @Bean
    @ConditionalOnMissingBean(name = "ctipRuleThreadMetrics")
    io.micrometer.core.instrument.binder.MeterBinder ctipRuleThreadMetrics(
            @Qualifier(CtipAutoConfiguration.RULE_RUNNER) ObjectProvider<Executor> ruleRunner) {
        return registry -> {
            if (ruleRunner.getIfAvailable() instanceof RuleRunner runner) {
                Gauge.builder("ctip.rules.threads.active", runner, RuleRunner::getActiveCount)
                        .description("Rule threads evaluating, or held by rules that did not return")
                        .register(registry);
                Gauge.builder("ctip.rules.threads.held", runner, RuleRunner::heldByRulesThatDidNotReturn)
                        .description("Rule threads held by rules that did not return within the time limit")
                        .register(registry);
            }
        };
    }
}
