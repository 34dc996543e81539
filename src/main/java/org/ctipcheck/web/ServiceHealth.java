package org.ctipcheck.web;

import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.evaluation.Ruleset;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /actuator/health}: the rule pack in use and whether the audit log opens (details for admins, auditors). */
@Configuration(proxyBeanMethods = false)
class ServiceHealth {

    @Bean
    HealthIndicator rulesetHealthIndicator(Ruleset ruleset) {
        return () -> Health.up().withDetail("sha256", ruleset.fingerprint()).withDetail("rules", ruleset.rules().size())
                .build();
    }

    @Bean
    HealthIndicator auditLogHealthIndicator(AuditLog log) {
        return () -> {
            if (!log.enabled()) {
                return Health.up().withDetail("recording", "off").build();
            }
            try (AuditStore ignored = log.open()) {
                return Health.up().withDetail("store", log.location().describe()).build();
            } catch (AuditException e) {
                return Health.down().withDetail("store", log.location().describe()).withDetail("error", e.getMessage())
                        .build();
            }
        };
    }
}
