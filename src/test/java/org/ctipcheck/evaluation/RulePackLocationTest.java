package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.supplychain.ReferenceLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule pack loads alike from a folder, from the class path (the pack in the jar) and from memory. */
class RulePackLocationTest {
    @TempDir
    Path temp;

    @Test
    void theBundledPackHasTheFolderFingerprintAndUsesThePrecompiledModel() {
        Ruleset bundled = new RulesetLoader().loadBundled();
        Ruleset folder = TestRules.ruleset();
        assertThat(bundled.fingerprint()).isEqualTo(folder.fingerprint());
        assertThat(bundled.compiledFrom()).isEqualTo("build");
        assertThat(bundled.location()).isEqualTo("classpath:ctip/pack/");
        assertThat(bundled.sources()).isEqualTo(folder.sources());
        assertThat(bundled.rules()).isEqualTo(folder.rules());
        assertThat(bundled.parameters()).isEqualTo(folder.parameters());
        assertThat(bundled.referenceLists()).isEqualTo(folder.referenceLists());
    }

    @Test
    void rulesInMemoryHaveTheSameFingerprint() {
        List<RuleSource> reversed = new ArrayList<>(TestRules.ruleset().sources());
        java.util.Collections.reverse(reversed);
        Ruleset archived = new RulesetLoader().load(RulePackLocation.sources("evaluation 42", reversed));
        assertThat(archived.fingerprint()).isEqualTo(TestRules.ruleset().fingerprint());
        assertThat(archived.compiledFrom()).isEqualTo("build");
        assertThat(archived.location()).isEqualTo("evaluation 42");
    }

    @Test
    void everyFileOfThePackCountsTowardsTheFingerprint() {
        List<RuleSource> sources = TestRules.ruleset().sources();
        assertThat(sources).extracting(RuleSource::path)
                .contains("requirements.yaml", "parameters.yaml", "reference/lists.yaml", "reference/uflpa-entities.csv")
                .doesNotContain("README.md", "NOT-ENCODED.md", "reference/PROVENANCE.md");
        for (String path : List.of("parameters.yaml", "reference/lists.yaml")) {
            List<RuleSource> edited = sources.stream()
                    .map(source -> source.path().equals(path) ? new RuleSource(path, source.text() + "\n# edited\n") : source)
                    .toList();
            assertThat(RuleFiles.fingerprint(edited)).as(path).isNotEqualTo(TestRules.ruleset().fingerprint());
        }
    }

    @Test
    void theBuildsPackWrittenToAClassPathFolderReadsBackIdentically() throws Exception {
        RuleFiles.writePack(TestRules.ruleset().sources(), temp.resolve("ctip/pack"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
            List<RuleSource> read = RulePackLocation.classpath("ctip/pack", loader).read();
            assertThat(RuleFiles.fingerprint(read)).isEqualTo(TestRules.ruleset().fingerprint());
        }
    }

    @Test
    void aMissingPackOrAFileMissingFromItsIndexIsAClearError() throws Exception {
        Files.createDirectories(temp.resolve("pack"));
        Files.writeString(temp.resolve("pack/index.txt"), "requirements.yaml\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> RulePackLocation.classpath("nowhere/", loader).read())
                    .isInstanceOf(RulesetException.class).hasMessageContaining("rule pack classpath:nowhere/ does not exist");
            assertThatThrownBy(() -> new RulesetLoader().load(RulePackLocation.classpath("pack/", loader)))
                    .isInstanceOf(RulesetException.class)
                    .hasMessageContaining("lists requirements.yaml in its index, but the file is missing");
        }
    }

    @Test
    void aPackLoadedFromTheClassPathScreensSupplyChainsWithItsOwnLists() {
        Ruleset bundled = new RulesetLoader().loadBundled();
        ReferenceLists lists = ReferenceLists.of(bundled);
        ReferenceLists fromFolder = ReferenceLists.load(Path.of("rules/reference"), bundled.parameters());
        assertThat(lists.editions()).isEqualTo(fromFolder.editions()).hasSizeGreaterThan(3);
        assertThat(lists.screen("CN", List.of("cotton"), List.of(), List.of("Century Sunshine Group Holdings Ltd"))
                .uflpaEntity()).isNotNull();
    }
}
