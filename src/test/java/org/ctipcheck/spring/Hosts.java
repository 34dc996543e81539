package org.ctipcheck.spring;

import java.nio.file.Path;
import java.time.LocalDate;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.CheckRequest;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the auto-configuration tests share: a host context with only ctip-check's auto-configuration, the samples. */
final class Hosts {
    static final Path SAMPLE_01 = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    static final Path SAMPLE_02 = Path.of("samples/02-housing-without-housing-plan/submission.json");
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    /** The bundled pack, loaded once: tests about other beans hand it in as the host's own ruleset bean. */
    static final Ruleset BUNDLED = new RulesetLoader().loadBundled();

    private Hosts() {
    }

    /** A non-web host with nothing of its own: the auto-configuration decides every bean. */
    static ApplicationContextRunner host() {
        // The build sets the system property ctip.cli.audit=off (the command line's guard that keeps tests out of the
        // user's own audit log); no test JVM system property is a setting of a host, so none reaches it.
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CtipAutoConfiguration.class))
                .withInitializer(context -> context.getEnvironment().getPropertySources()
                        .remove(org.springframework.core.env.StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME));
    }

    /** The same host, given the already loaded bundled ruleset (for tests about the other beans). */
    static ApplicationContextRunner hostWithLoadedRules() {
        return host().withBean(Ruleset.class, () -> BUNDLED);
    }

    static CheckOutcome check(ComplianceCheck check, Path sample) {
        return check.check(CheckRequest.of(SubmissionInput.file(sample), CheckOptions.defaults().withEvaluationDate(AS_OF)
                .withActor("sample-host", "CONTRACTING_OFFICER")));
    }

    /** The failure and its causes, outermost first. */
    static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
