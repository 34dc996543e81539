package org.ctipcheck.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.evaluation.RulePackLocation;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@code ctip.rules.location} (empty: bundled; a folder; {@code classpath:}) and {@code ctip.rules.cache-dir}; a
 * location that holds no pack stops the start with what is wrong, in the settings' terms.
 */
class CtipRulesPropertiesTest {
    @TempDir
    Path folder;

    @Test
    void aRulesFolder() {
        Hosts.host().withPropertyValues("ctip.rules.location=rules").run(context -> {
            assertThat(context).hasNotFailed();
            Ruleset ruleset = context.getBean(Ruleset.class);
            assertThat(ruleset.location()).isEqualTo("rules");
            assertThat(ruleset.fingerprint()).as("the same files as the bundled pack").isEqualTo(Hosts.BUNDLED.fingerprint());
        });
    }

    @Test
    void aPackOnTheHostsClassPath() throws Exception {
        Path classes = folder.resolve("classes");
        copyBundledPackTo(classes.resolve("com/example/rules"));
        try (URLClassLoader host = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Hosts.host().withClassLoader(host).withPropertyValues("ctip.rules.location=classpath:com/example/rules/")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(Ruleset.class).location()).isEqualTo("classpath:com/example/rules/");
                        assertThat(context.getBean(Ruleset.class).fingerprint()).isEqualTo(Hosts.BUNDLED.fingerprint());
                    });
        }
    }

    @Test
    void aFolderThatDoesNotExistStopsTheStartSayingSo() {
        Path missing = folder.resolve("no-such-rules");
        Hosts.host().withPropertyValues("ctip.rules.location=" + missing).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RulesetException.class)
                    .hasMessage("rules folder " + missing + " does not exist or is not a folder");
            FailureAnalysis analysis = new CtipFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("ctip-check could not load its rule pack: rules folder "
                    + missing + " does not exist or is not a folder");
            assertThat(analysis.getAction()).contains("ctip.rules.location").doesNotContain("Exception");
        });
    }

    @Test
    void aClassPathLocationWithoutAPackStopsTheStartSayingSo() {
        Hosts.host().withPropertyValues("ctip.rules.location=classpath:com/example/missing").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RulesetException.class)
                    .hasMessageContaining("com/example/missing/index.txt").hasMessageContaining("does not exist");
            assertThat(new CtipFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                    .startsWith("ctip-check could not load its rule pack: ");
        });
    }

    @Test
    void aFolderWithABrokenRuleNamesTheFileAndLine() throws Exception {
        Path rules = folder.resolve("rules");
        copyBundledPackTo(rules);
        Path drl = firstDrl(rules);
        Files.writeString(drl, Files.readString(drl) + "\nrule \"broken\" when then nonsense( end\n");
        Hosts.host().withPropertyValues("ctip.rules.location=" + rules).run(context -> {
            assertThat(context).hasFailed();
            String description = new CtipFailureAnalyzer().analyze(context.getStartupFailure()).getDescription();
            assertThat(description).startsWith("ctip-check could not load its rule pack: ")
                    .contains(rules.relativize(drl).toString().replace('\\', '/') + ":");
        });
    }

    /** A pack of its own is compiled once, kept in the cache folder, and read from there at the next start. */
    @Test
    void aCacheFolderKeepsACompiledPackForTheNextStart() throws Exception {
        Path rules = folder.resolve("rules");
        copyBundledPackTo(rules);
        Path drl = firstDrl(rules);
        Files.writeString(drl, Files.readString(drl) + "\n// a pack of the host's own: another fingerprint\n");
        Path cache = folder.resolve("cache");
        String[] settings = {"ctip.rules.location=" + rules, "ctip.rules.cache-dir=" + cache};
        Hosts.host().withPropertyValues(settings).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Ruleset.class).compiledFrom()).isEqualTo("compiled");
        });
        assertThat(cache).isNotEmptyDirectory();
        Hosts.host().withPropertyValues(settings).run(context ->
                assertThat(context.getBean(Ruleset.class).compiledFrom()).isEqualTo("cache"));
    }

    private static Path firstDrl(Path rules) throws IOException {
        try (var files = Files.walk(rules)) {
            return files.filter(path -> path.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
    }

    /** The bundled pack's files (its index.txt lists them) copied out of the jar, index included. */
    private static void copyBundledPackTo(Path target) throws IOException {
        ClassLoader loader = CtipRulesPropertiesTest.class.getClassLoader();
        String prefix = RulePackLocation.BUNDLED_PREFIX;
        String index = read(loader, prefix + RulePackLocation.INDEX);
        Files.createDirectories(target);
        Files.writeString(target.resolve(RulePackLocation.INDEX), index);
        for (String path : index.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            Path file = target.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, read(loader, prefix + path));
        }
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
