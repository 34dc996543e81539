package org.ctipcheck.spring;

import java.nio.file.Path;
import org.ctipcheck.evaluation.RulePackLocation;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;

/** {@code ctip.rules.location}: empty for the bundled pack, {@code classpath:...} or a folder. */
final class RulesLocation {
    static final String CLASSPATH = "classpath:";

    private RulesLocation() {
    }

    /**
     * Loads the pack ({@code classpath:} locations from {@code classLoader}, the application's); a
     * {@link org.ctipcheck.evaluation.RulesetException} says what is wrong with it, and where.
     */
    static Ruleset load(CtipCheckProperties.Rules rules, ClassLoader classLoader) {
        RulesetLoader loader = rules.cacheDir() != null ? new RulesetLoader(rules.cacheDir()) : new RulesetLoader();
        String location = rules.location() == null ? "" : rules.location().strip();
        if (location.isEmpty()) {
            return loader.loadBundled();
        }
        if (location.startsWith(CLASSPATH)) {
            String prefix = location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
            ClassLoader packLoader = classLoader != null ? classLoader : RulesLocation.class.getClassLoader();
            return loader.load(RulePackLocation.classpath(prefix, packLoader));
        }
        return loader.load(Path.of(location));
    }
}
