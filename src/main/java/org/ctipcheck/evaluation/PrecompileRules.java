package org.ctipcheck.evaluation;

import java.nio.file.Path;

/**
 * Build step: compiles the default rules folder to the executable model and stores the kjar in the jar, so
 * `ctip check` starts without compiling DRL. Usage: PrecompileRules RULES_DIR CLASSES_DIR.
 */
public final class PrecompileRules {
    private PrecompileRules() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PrecompileRules RULES_DIR CLASSES_DIR");
            System.exit(2);
        }
        try {
            String fingerprint = RulesetLoader.precompile(Path.of(args[0]), Path.of(args[1]));
            System.out.println("precompiled rules " + args[0] + " -> ruleset " + fingerprint);
        } catch (RulesetException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }
}
