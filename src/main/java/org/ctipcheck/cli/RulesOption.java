package org.ctipcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, defaulting to $CTIP_RULES, then the installation's rules folder, then ./rules. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: $CTIP_RULES, else the rules/ folder of this installation).")
    Path rules;

    /** The loader for this installation (compiled rules cached as the environment says). */
    org.ctipcheck.evaluation.RulesetLoader loader() {
        return new org.ctipcheck.evaluation.RulesetLoader();
    }

    Path folder() {
        if (rules != null) {
            return rules;
        }
        String fromEnvironment = System.getenv("CTIP_RULES");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        String home = System.getProperty("ctip.home");
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        return Path.of("rules");
    }
}
