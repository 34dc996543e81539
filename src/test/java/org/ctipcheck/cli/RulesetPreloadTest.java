package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of a {@code ctip check} load from the start of main; a check uses that load only when it is for the
 * folder the check resolves, and a command line that names its rules (or an argument file) starts none.
 */
class RulesetPreloadTest {
    @TempDir
    Path home;

    @AfterEach
    void drain() {
        RulesetPreload.pendingFolder().ifPresent(RulesetPreload::forFolder); // takes what a test left pending
    }

    @Test
    void aCheckOfTheDefaultFolderUsesTheLoadStartedAhead() {
        RulesetPreload.start(new String[] {"check", "a.yaml"});
        Path folder = new RulesOption().folder();
        assertThat(RulesetPreload.pendingFolder()).contains(folder);
        CompletableFuture<Ruleset> rules = RulesetPreload.forFolder(folder);
        assertThat(RulesetPreload.pendingFolder()).isEmpty(); // taken once
        assertThat(rules.join().rules()).isNotEmpty();
    }

    @Test
    void aCheckOfAnotherFolderLoadsItsOwnAndNotTheOneStartedAhead() throws IOException {
        String previous = System.getProperty("ctip.home");
        Path broken = Files.createDirectories(home.resolve("rules")); // no requirements.yaml: unusable
        System.setProperty("ctip.home", home.toString());
        try {
            RulesetPreload.start(new String[] {"check", "a.yaml"});
        } finally {
            restore(previous);
        }
        if (System.getenv("CTIP_RULES") == null) {
            assertThat(RulesetPreload.pendingFolder()).contains(broken);
        }
        assertThat(RulesetPreload.forFolder(Path.of("rules")).join().rules()).isNotEmpty();
        assertThatThrownBy(() -> RulesetPreload.forFolder(broken).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(RulesetException.class);
    }

    @Test
    void aCommandLineNamingItsRulesOrAnArgumentFileStartsNoLoad() {
        RulesetPreload.start(new String[] {"check", "a.yaml", "--rules", "elsewhere"});
        assertThat(RulesetPreload.pendingFolder()).isEmpty();
        RulesetPreload.start(new String[] {"check", "--rules=elsewhere", "a.yaml"});
        assertThat(RulesetPreload.pendingFolder()).isEmpty();
        RulesetPreload.start(new String[] {"check", "@args.txt"});
        assertThat(RulesetPreload.pendingFolder()).isEmpty();
        RulesetPreload.start(new String[] {"rules", "list"});
        assertThat(RulesetPreload.pendingFolder()).isEmpty();
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty("ctip.home");
        } else {
            System.setProperty("ctip.home", previous);
        }
    }
}
