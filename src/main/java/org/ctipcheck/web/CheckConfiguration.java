package org.ctipcheck.web;

import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.spring.CtipAuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service adds to the Spring Boot auto-configuration ({@link org.ctipcheck.spring.CtipAutoConfiguration},
 * which gives it the {@link org.ctipcheck.check.ComplianceCheck}, the ruleset, the audit log, the health contributors
 * and the metrics): its own settings, and the recorded evaluations its endpoints read back (404 when recording is off).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CtipProperties.class)
class CheckConfiguration {

    @Bean
    RecordedEvaluations recordedEvaluations(CtipAuditLog auditLog) {
        return new RecordedEvaluations(() -> {
            if (!auditLog.enabled()) {
                throw new org.ctipcheck.web.problem.AuditLogOff();
            }
            return auditLog.open();
        });
    }
}
