package org.ctipcheck.spring;

import org.ctipcheck.audit.AuditException;
import org.ctipcheck.evaluation.Ruleset;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health contributors, when the application has Spring Boot's health support (the actuator): {@code ctipRuleset}
 * (the pack loaded, its fingerprint and rule count; the rule threads and how many rules that never returned hold)
 * and {@code ctipAuditLog} (the store opens; the chain's head: records and head hash of the newest signed
 * checkpoint). Neither shows a server path or database URL (issue 15: the store by its kind, a rules folder by its own
 * name): details go to ADMIN and AUDITOR users, and where files and databases are on the server is for those who run
 * it, who read it in the settings. An application replaces either by defining a bean of the same name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
class CtipHealthConfiguration {

    /**
     * UP with the pack's fingerprint, rule count and location, and the rule threads: how many there may be and how
     * many rules that did not return within the time limit hold; DOWN once they hold every one (each evaluation is then
     * refused until the service restarts: a load balancer should stop sending checks).
     */
    @Bean
    @ConditionalOnMissingBean(name = "ctipRulesetHealthIndicator")
    HealthIndicator ctipRulesetHealthIndicator(Ruleset ruleset,
            @Qualifier(CtipAutoConfiguration.RULE_RUNNER) ObjectProvider<Executor> ruleRunner) {
        return () -> {
            Health.Builder health = Health.up().withDetail("sha256", ruleset.fingerprint())
                    .withDetail("rules", ruleset.rules().size())
                    .withDetail("location", withoutServerPath(ruleset.location()));
            if (ruleRunner.getIfAvailable() instanceof RuleRunner runner) {
                int held = runner.heldByRulesThatDidNotReturn();
                health.withDetail("ruleThreads", runner.threads()).withDetail("ruleThreadsHeld", held);
                if (held >= runner.threads()) {
                    health.down().withDetail("error", "every rule thread is held by a rule that did not return within"
                            + " the time limit: evaluations are refused until the service restarts");
                }
            }
            return health.build();
        };
    }

    /**
     * A rules folder by its own name, as the service's reports name it: where it is on the server is a server-side
     * detail (issue 15, "no server paths"); a class-path pack ({@code classpath:...}) is named as it is.
     */
    static String withoutServerPath(String rulesLocation) {
        if (rulesLocation == null || rulesLocation.startsWith("classpath:")) {
            return rulesLocation;
        }
        java.nio.file.Path name = java.nio.file.Path.of(rulesLocation).getFileName();
        return name == null ? "rules" : name.toString();
    }

    @Bean
    @ConditionalOnMissingBean(name = "ctipAuditLogHealthIndicator")
    HealthIndicator ctipAuditLogHealthIndicator(CtipAuditLog log) {
        return () -> {
            if (!log.enabled()) {
                return Health.up().withDetail("recording", "off").build();
            }
            try {
                Health.Builder health = Health.up().withDetail("store", log.kind());
                log.head().ifPresentOrElse(head -> health.withDetail("records", head.recordCount())
                                .withDetail("headHash", head.headHash()).withDetail("signedAt", head.signedAt()),
                        () -> health.withDetail("records", 0));
                return health.build();
            } catch (AuditException e) {
                // the error may name the store's directory or URL: shown as the store's kind only
                return Health.down().withDetail("store", log.kind())
                        .withDetail("error", e.getMessage().replace(log.describe(), log.kind())).build();
            }
        };
    }
}
