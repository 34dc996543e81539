package org.ctipcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.evaluation.RulesetLoader;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}, defaulting to $CTIP_RULES, then the installation's rules folder, then ./rules; and the
 * loader that caches compiled rules where the environment says ({@link #loader()}).
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: $CTIP_RULES, else the rules/ folder of this installation).")
    Path rules;

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

    /** A loader caching compiled rules in {@code $CTIP_CACHE_DIR}, else {@code $XDG_CACHE_HOME/ctip-check}, else {@code ~/.cache/ctip-check}. */
    RulesetLoader loader() {
        return new RulesetLoader(cacheFolder());
    }

    static Path cacheFolder() {
        String configured = System.getenv("CTIP_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("ctip-check");
    }
}
