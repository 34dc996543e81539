package org.ctipcheck.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.evaluation.RulePackLocation;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.spring.CtipAuditLog;
import org.ctipcheck.spring.CtipCheckProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service adds to the Spring Boot auto-configuration ({@link org.ctipcheck.spring.CtipAutoConfiguration},
 * which gives it the {@link org.ctipcheck.check.ComplianceCheck}, the audit log, the health contributors and the
 * metrics): its own settings, a ruleset whose reports name the rules folder by its own name, the loader of archived
 * rules for replays, the witness locations, and the recorded evaluations its endpoints read back (404 when recording
 * is off). The rules are loaded and the audit log opened at start-up, so a misconfigured service does not start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CtipProperties.class)
class CheckConfiguration {

    /** The auto-configuration's ruleset, except that a rules folder is named by its own name, not its server path. */
    @Bean
    Ruleset ruleset(CtipCheckProperties settings) {
        CtipCheckProperties.Rules rules = settings.rules();
        RulesetLoader loader = rules.cacheDir() != null ? new RulesetLoader(rules.cacheDir()) : new RulesetLoader();
        String location = rules.location() == null ? "" : rules.location().strip();
        if (location.isEmpty()) {
            return loader.loadBundled();
        }
        if (location.startsWith("classpath:")) {
            return loader.load(RulePackLocation.classpath(location.substring("classpath:".length()),
                    CheckConfiguration.class.getClassLoader()));
        }
        Path folder = Path.of(location);
        // every report names the ruleset's location: the folder's own name, not where it is on this server
        return loader.load(RulePackLocation.sources(ServerPaths.rulesFolderName(folder),
                RulePackLocation.folder(folder).read()));
    }

    /** Compiles archived rules for replays (cached in the rules cache folder when one is set). */
    @Bean
    RulesetLoader archivedRulesLoader(CtipCheckProperties settings) {
        Path cache = settings.rules().cacheDir();
        return cache != null ? new RulesetLoader(cache) : new RulesetLoader();
    }

    /** Witness locations that do not exist stop the start: a typo would otherwise verify without its witnesses. */
    @Bean
    AuditWitnessLocations auditWitnessLocations(CtipCheckProperties settings) {
        for (Path location : settings.audit().witnesses()) {
            if (!Files.isDirectory(location) && !Files.isRegularFile(location)) {
                throw new IllegalArgumentException("ctip.audit.witnesses: " + location + " is neither a file nor a folder");
            }
        }
        return new AuditWitnessLocations(settings.audit().witnesses());
    }

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
