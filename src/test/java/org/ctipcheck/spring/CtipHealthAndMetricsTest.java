package org.ctipcheck.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

/**
 * The health contributors (ruleset loaded with its fingerprint; audit store reachable with the chain's head) and the
 * Micrometer meters; neither where the host has no actuator or no meter registry.
 */
class CtipHealthAndMetricsTest {
    @TempDir
    Path folder;

    @Test
    void theRulesetIsUpWithItsFingerprint() {
        Hosts.hostWithLoadedRules().run(context -> {
            Health health = context.getBean("ctipRulesetHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("sha256", Hosts.BUNDLED.fingerprint())
                    .containsEntry("rules", Hosts.BUNDLED.rules().size()).containsEntry("location", "classpath:ctip/pack/");
        });
    }

    @Test
    void theAuditLogIsUpWithTheChainsHeadOnceRecorded() {
        Hosts.hostWithLoadedRules().withPropertyValues("ctip.audit.enabled=true", "ctip.audit.dir=" + folder).run(context -> {
            HealthIndicator audit = context.getBean("ctipAuditLogHealthIndicator", HealthIndicator.class);
            assertThat(audit.health().getDetails()).containsEntry("records", 0).containsEntry("store", "H2 (embedded)");
            // issue 15, "no server paths": the store's directory is not shown to those who may read health details
            assertThat(audit.health().getDetails().toString()).doesNotContain(folder.toString());

            IssuedReport issued = Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01).issued().get(0);

            Health health = audit.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            String head;
            try (org.ctipcheck.audit.AuditStore store = context.getBean(CtipAuditLog.class).open()) {
                head = store.verify(null).headHash();
            }
            assertThat(issued.recorded()).isTrue();
            assertThat(health.getDetails()).containsEntry("records", 1L).containsEntry("headHash", head)
                    .containsKey("signedAt");
        });
    }

    @Test
    void aRulesFolderIsShownByItsOwnNameNotItsServerPath() {
        assertThat(CtipHealthConfiguration.withoutServerPath("/srv/ctip/rules-2026")).isEqualTo("rules-2026");
        assertThat(CtipHealthConfiguration.withoutServerPath("classpath:ctip/pack/")).isEqualTo("classpath:ctip/pack/");
    }

    @Test
    void theAuditLogIsUpSayingRecordingIsOffWhenOff() {
        Hosts.hostWithLoadedRules().run(context -> assertThat(context.getBean("ctipAuditLogHealthIndicator",
                HealthIndicator.class).health().getDetails()).containsEntry("recording", "off"));
    }

    @Test
    void anAuditStoreThatCannotBeReachedIsDown() {
        CtipAuditLog unreachable = CtipAuditLog.at(new AuditLocation(folder,
                "jdbc:postgresql://127.0.0.1:1/nowhere?user=ctip&password=secret"));
        Hosts.hostWithLoadedRules().withBean(CtipAuditLog.class, () -> unreachable).run(context -> {
            Health health = context.getBean("ctipAuditLogHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("store", "PostgreSQL").containsKey("error");
            // the database URL is not repeated in the error (the driver's own reason may still name the address)
            assertThat(health.getDetails().toString()).doesNotContain("secret").doesNotContain("nowhere");
        });
    }

    @Test
    void withoutTheActuatorThereIsNoHealthContributor() {
        Hosts.hostWithLoadedRules().withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ComplianceCheck.class);
            assertThat(context).doesNotHaveBean("ctipRulesetHealthIndicator").doesNotHaveBean("ctipAuditLogHealthIndicator");
        });
    }

    @Test
    void withoutAMeterRegistryThereAreNoMeters() {
        Hosts.hostWithLoadedRules().run(context -> assertThat(context).doesNotHaveBean(CheckMetrics.class));
        Hosts.hostWithLoadedRules().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).doesNotHaveBean(CheckMetrics.class));
    }

    @Test
    void checksAreCountedByDeterminationTimedAndTheirFindingsCountedBySeverity() {
        Hosts.hostWithLoadedRules().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("ctip.audit.enabled=true", "ctip.audit.dir=" + folder).run(context -> {
                    assertThat(context).hasSingleBean(CheckMetrics.class);
                    ComplianceCheck check = context.getBean(ComplianceCheck.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);

                    assertThat(Hosts.check(check, Hosts.SAMPLE_01).issued().get(0).report().result().findings())
                            .as("compliant: no findings").isEmpty();
                    IssuedReport nonCompliant = Hosts.check(check, Hosts.SAMPLE_02).issued().get(0);
                    check.check(org.ctipcheck.check.CheckRequest.of(org.ctipcheck.check.SubmissionInput.bytes("bad.json",
                            "{\"not\": \"a submission\"}".getBytes()), org.ctipcheck.check.CheckOptions.defaults()));

                    assertThat(registry.get("ctip.checks").tag("determination", "COMPLIANT").counter().count()).isEqualTo(1);
                    assertThat(registry.get("ctip.checks").tag("determination", "NON_COMPLIANT").counter().count()).isEqualTo(1);
                    assertThat(registry.get("ctip.checks").tag("determination", "INVALID_SUBMISSION").counter().count())
                            .isEqualTo(1);
                    assertThat(registry.get("ctip.check.duration").tag("outcome", "completed").timer().count()).isEqualTo(3);
                    assertThat(registry.get("ctip.check.duration").timer().totalTime(TimeUnit.NANOSECONDS)).isPositive();
                    for (Finding finding : nonCompliant.report().result().findings()) {
                        long expected = nonCompliant.report().result().findings().stream()
                                .filter(f -> f.severity() == finding.severity()).count();
                        assertThat(registry.get("ctip.findings").tag("severity", finding.severity().name()).counter().count())
                                .isEqualTo(expected);
                    }
                    assertThat(registry.get("ctip.audit.write").timer().count()).as("two checks recorded").isEqualTo(2);
                });
    }

    @Test
    void aCheckThatFailsIsTimedAsFailed() {
        CtipAuditLog unreachable = CtipAuditLog.at(new AuditLocation(folder, "jdbc:postgresql://127.0.0.1:1/nowhere"));
        Hosts.hostWithLoadedRules().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(CtipAuditLog.class, () -> unreachable).run(context -> {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01))
                            .isInstanceOf(org.ctipcheck.audit.AuditException.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get("ctip.check.duration").tag("outcome", "failed").timer().count()).isEqualTo(1);
                    assertThat(registry.find("ctip.checks").counters()).as("nothing issued, nothing counted").isEmpty();
                });
    }

    @Test
    void theHostsMetricsBeanReplacesOurs() {
        CheckMetrics own = new CheckMetrics(new SimpleMeterRegistry());
        Hosts.hostWithLoadedRules().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean("ctipCheckMetrics", CheckMetrics.class, () -> own).run(context -> {
                    assertThat(context).hasSingleBean(CheckMetrics.class);
                    assertThat(context.getBean(CheckMetrics.class)).isSameAs(own);
                });
    }
}
