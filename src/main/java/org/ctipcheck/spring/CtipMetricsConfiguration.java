package org.ctipcheck.spring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Micrometer meters of every check ({@link CheckMetrics}), when the application has a meter registry. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
class CtipMetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "ctipCheckMetrics")
    CheckMetrics ctipCheckMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        return new CheckMetrics(registry);
    }
}
