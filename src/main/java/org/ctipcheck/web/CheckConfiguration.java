package org.ctipcheck.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.evaluation.RulePackLocation;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application API the service is a channel over: one {@link ComplianceCheck} for every request, on the rule
 * pack and the audit log the settings name. The rules are loaded and the audit log opened (created, migrated, its
 * signing key checked) at start-up, so that a misconfigured service does not start rather than fail its first check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CtipProperties.class)
class CheckConfiguration {

    @Bean
    Ruleset ruleset(CtipProperties properties) {
        CtipProperties.Rules rules = properties.rules();
        RulesetLoader loader = rules.cacheDir() != null ? new RulesetLoader(rules.cacheDir()) : new RulesetLoader();
        if (rules.location() == null) {
            return loader.loadBundled();
        }
        // every report names the ruleset's location: the folder's own name, not where it is on this server
        return loader.load(RulePackLocation.sources(ServerPaths.rulesFolderName(rules.location()),
                RulePackLocation.folder(rules.location()).read()));
    }

    /** Compiles archived rules for replays (cached in the rules cache folder when one is set). */
    @Bean
    RulesetLoader archivedRulesLoader(CtipProperties properties) {
        Path cache = properties.rules().cacheDir();
        return cache != null ? new RulesetLoader(cache) : new RulesetLoader();
    }

    /** Witness locations that do not exist stop the start: a typo would otherwise verify without its witnesses. */
    @Bean
    AuditWitnessLocations auditWitnessLocations(CtipProperties properties) {
        for (Path location : properties.audit().witnesses()) {
            if (!Files.isDirectory(location) && !Files.isRegularFile(location)) {
                throw new IllegalArgumentException("ctip.audit.witnesses: " + location + " is neither a file nor a folder");
            }
        }
        return new AuditWitnessLocations(properties.audit().witnesses());
    }

    @Bean
    AuditLog auditLog(CtipProperties properties) {
        CtipProperties.Audit audit = properties.audit();
        if (!audit.enabled()) {
            return AuditLog.OFF;
        }
        if (audit.dir() == null) {
            throw new IllegalStateException("ctip.audit.dir is not set: name the audit data directory");
        }
        if (audit.signingKey() != null) {
            AuditStore.checkSigningKey(audit.signingKey());
        }
        AuditLog log = new AuditLog(AuditLocation.of(audit.dir(), audit.db()).withSigningKey(audit.signingKey()));
        log.open().close();
        return log;
    }

    /** Runs supply-chain screens and opens the audit store while a submission is evaluated; daemon threads. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService ctipWorkers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "ctip-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    ComplianceCheck complianceCheck(Ruleset ruleset, AuditLog auditLog, ExecutorService ctipWorkers) {
        return new ComplianceCheck(ruleset, auditLog.enabled() ? auditLog::open : null, ctipWorkers,
                Clock.systemDefaultZone());
    }

    @Bean
    RecordedEvaluations recordedEvaluations(AuditLog auditLog) {
        return new RecordedEvaluations(auditLog::open);
    }
}
