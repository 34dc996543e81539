package org.ctipcheck.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.ctipcheck.evaluation.Ruleset;

/**
 * Loads the rule pack of a {@code ctip check} from the first line of {@code main}, before picocli builds its command
 * model. Loading the rules is the longest step of a cold check (building the knowledge base of 400-odd rules); it
 * used to start only once picocli had built the model and parsed the arguments, a few hundred milliseconds in.
 *
 * <p>Only the default rules folder is loaded ahead ($CTIP_RULES, else the installation's, see {@link RulesOption}):
 * a command line naming {@code --rules} or an argument file ({@code @file}) is left to {@link CheckCommand}, which
 * also loads anew when the folder it resolves is not the one loaded here. A load that fails fails the same way as
 * one started later (the check reports it when it asks for the rules).
 */
final class RulesetPreload {
    private static final Object LOCK = new Object();
    private static Loading pending; // guarded by LOCK: at most one, taken by the check it was started for

    private record Loading(Path folder, CompletableFuture<Ruleset> rules) {
    }

    private RulesetPreload() {
    }

    /** Starts loading the default rules folder on a daemon thread when {@code args} are a check that uses it. */
    static void start(String[] args) {
        if (args.length < 2 || !args[0].equals("check") || Arrays.stream(args).anyMatch(RulesetPreload::changesRules)) {
            return;
        }
        Path folder = new RulesOption().folder();
        CompletableFuture<Ruleset> rules = load(folder);
        synchronized (LOCK) {
            pending = new Loading(folder, rules);
        }
    }

    /** The rules of {@code folder}: the load started ahead for it, else a load started now. */
    static CompletableFuture<Ruleset> forFolder(Path folder) {
        Loading ahead;
        synchronized (LOCK) {
            ahead = pending;
            pending = null;
        }
        return ahead != null && ahead.folder().equals(folder) ? ahead.rules() : load(folder);
    }

    /** The folder being loaded ahead and not yet taken, if any (for tests). */
    static java.util.Optional<Path> pendingFolder() {
        synchronized (LOCK) {
            return java.util.Optional.ofNullable(pending).map(Loading::folder);
        }
    }

    private static boolean changesRules(String arg) {
        return arg.equals("--rules") || arg.startsWith("--rules=") || arg.startsWith("@");
    }

    /** Loads on a daemon thread of its own: on a cold JVM it takes about as long as reading the first submission. */
    private static CompletableFuture<Ruleset> load(Path folder) {
        return CompletableFuture.supplyAsync(() -> new RulesOption().loader().load(folder), task -> {
            Thread thread = new Thread(task, "ctip-ruleset-loader");
            thread.setDaemon(true);
            thread.start();
        });
    }
}
