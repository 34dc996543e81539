package org.ctipcheck.spring;

import org.ctipcheck.audit.AuditException;
import org.ctipcheck.evaluation.Ruleset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health contributors, when the application has Spring Boot's health support (the actuator): {@code ctipRuleset}
 * (the pack loaded, its fingerprint and rule count) and {@code ctipAuditLog} (the store opens; the chain's head:
 * records and head hash of the newest signed checkpoint). An application replaces either by defining a bean of the
 * same name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
class CtipHealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "ctipRulesetHealthIndicator")
    HealthIndicator ctipRulesetHealthIndicator(Ruleset ruleset) {
        return () -> Health.up().withDetail("sha256", ruleset.fingerprint()).withDetail("rules", ruleset.rules().size())
                .withDetail("location", ruleset.location()).build();
    }

    @Bean
    @ConditionalOnMissingBean(name = "ctipAuditLogHealthIndicator")
    HealthIndicator ctipAuditLogHealthIndicator(CtipAuditLog log) {
        return () -> {
            if (!log.enabled()) {
                return Health.up().withDetail("recording", "off").build();
            }
            try {
                Health.Builder health = Health.up().withDetail("store", log.describe());
                log.head().ifPresentOrElse(head -> health.withDetail("records", head.recordCount())
                                .withDetail("headHash", head.headHash()).withDetail("signedAt", head.signedAt()),
                        () -> health.withDetail("records", 0));
                return health.build();
            } catch (AuditException e) {
                return Health.down().withDetail("store", log.describe()).withDetail("error", e.getMessage()).build();
            }
        };
    }
}
