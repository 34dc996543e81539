package org.ctipcheck.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Compiled rules, keyed by ruleset fingerprint. The default rules are compiled at build time into the jar
 * ({@code ctip/ruleset/<fingerprint>.models}); any other rule pack is compiled once and kept in a cache
 * folder keyed by this build (chosen by the caller: the core reads no environment), so a rebuilt tool never
 * loads rules compiled against older fact classes.
 */
final class CompiledRulesCache {
    static final String CLASSPATH_FOLDER = "ctip/ruleset/";

    /** This build's cache folder; null: no disk cache (only the build's precompiled rules are reused). */
    private final Path folder;

    CompiledRulesCache(Path folder) {
        this.folder = folder;
    }

    /** The executable-model classes the build put on the class path for this fingerprint, if any. */
    Optional<List<String>> fromBuild(String fingerprint) {
        try (InputStream in = CompiledRulesCache.class.getClassLoader()
                .getResourceAsStream(CLASSPATH_FOLDER + fingerprint + ".models")) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return Optional.of(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Rules compiled by earlier builds of the tool can never be loaded again: remove them. */
    private void pruneOtherBuilds() throws IOException {
        Path base = folder.getParent();
        if (base == null || !Files.isDirectory(base)) {
            return;
        }
        try (var builds = Files.list(base)) {
            for (Path build : builds.filter(Files::isDirectory).filter(p -> !p.equals(folder)).toList()) {
                try (var files = Files.list(build)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".kjar")).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                try {
                    Files.deleteIfExists(build);
                } catch (java.nio.file.DirectoryNotEmptyException keep) {
                    // not ours alone: leave it
                }
            }
        }
    }

    Optional<byte[]> fromCache(String fingerprint) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(fingerprint + ".kjar");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Best effort: a cache that cannot be written only costs the next run a compile. */
    void store(String fingerprint, byte[] kjar) {
        if (folder == null) {
            return;
        }
        try {
            pruneOtherBuilds();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, fingerprint, ".tmp");
            Files.write(temporary, kjar);
            Files.move(temporary, folder.resolve(fingerprint + ".kjar"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            // not cached; the next run compiles again
        }
    }
}
