package org.ctipcheck.web;

import java.io.File;
import java.nio.file.Path;
import org.ctipcheck.spring.CtipCheckProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The service's disk-space health ({@code ctipDiskSpace}) in place of Spring Boot's {@code diskSpace}, which showed
 * the server's working directory as {@code path} (issue 15, "no server paths"). It watches the audit data directory
 * (where the embedded audit log is written; the working directory when none is set) and names it by what it is, not
 * where; DOWN when less than {@code management.health.diskspace.threshold} (10 MB by default) is free, since a full
 * disk fails every recorded check.
 */
@Configuration(proxyBeanMethods = false)
class AuditDiskSpaceHealth {

    @Bean
    HealthIndicator ctipDiskSpaceHealthIndicator(CtipCheckProperties settings, Environment environment) {
        // bound, not injected with @Value: a bad value then stops the service naming the setting (CtipService)
        DataSize threshold = Binder.get(environment).bind("management.health.diskspace.threshold", DataSize.class)
                .orElse(DataSize.ofMegabytes(10));
        return () -> {
            File folder = existingFolder(settings.audit().dir());
            long free = folder.getUsableSpace();
            Health.Builder health = free >= threshold.toBytes() ? Health.up() : Health.down();
            return health.withDetail("of", settings.audit().dir() == null ? "the working directory"
                            : "the audit data directory")
                    .withDetail("free", free).withDetail("total", folder.getTotalSpace())
                    .withDetail("threshold", threshold.toBytes()).build();
        };
    }

    /** The folder, or its nearest existing parent (the audit directory is created on the first recorded check). */
    private static File existingFolder(Path folder) {
        Path at = (folder == null ? Path.of("") : folder).toAbsolutePath();
        while (at != null && !at.toFile().exists()) {
            at = at.getParent();
        }
        return at == null ? new File(".") : at.toFile();
    }
}
