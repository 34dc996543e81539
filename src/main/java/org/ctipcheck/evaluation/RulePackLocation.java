package org.ctipcheck.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a rule pack is read from: a folder, a prefix on the class path (the pack the build bundles into the
 * jar, {@link #bundled()}), or files already in memory (e.g. rules archived in the audit log). The same files
 * give the same fingerprint wherever they come from.
 */
public sealed interface RulePackLocation {
    /** Where the build puts the rule pack in the jar. */
    String BUNDLED_PREFIX = "ctip/pack/";
    /** The file below a class-path prefix that lists the pack's files, one relative path a line. */
    String INDEX = "index.txt";

    /** The rule pack's files, in path order. */
    List<RuleSource> read();

    /** What {@link Ruleset#location()} reports: the folder, {@code classpath:PREFIX}, or the name given. */
    String location();

    /** The location in words, for messages: "rules folder rules". */
    String describe();

    static RulePackLocation folder(Path folder) {
        return new Folder(Objects.requireNonNull(folder, "folder"));
    }

    static RulePackLocation classpath(String prefix, ClassLoader loader) {
        String normalized = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        return new Classpath(normalized, Objects.requireNonNull(loader, "loader"));
    }

    /** The rule pack this build of ctip-check ships (its executable model is precompiled in the jar). */
    static RulePackLocation bundled() {
        return classpath(BUNDLED_PREFIX, RulePackLocation.class.getClassLoader());
    }

    /** Rule files held in memory, named {@code name} in messages and {@link Ruleset#location()}. */
    static RulePackLocation sources(String name, List<RuleSource> sources) {
        return new Sources(Objects.requireNonNull(name, "name"), List.copyOf(sources));
    }

    record Folder(Path path) implements RulePackLocation {
        @Override
        public List<RuleSource> read() {
            return RuleFiles.read(path);
        }

        @Override
        public String location() {
            return path.toString();
        }

        @Override
        public String describe() {
            return "rules folder " + path;
        }
    }

    record Classpath(String prefix, ClassLoader loader) implements RulePackLocation {
        @Override
        public List<RuleSource> read() {
            String index = resource(INDEX);
            if (index == null) {
                throw new RulesetException(describe() + " does not exist (no " + prefix + INDEX + " on the class path)");
            }
            List<RuleSource> sources = new ArrayList<>();
            for (String path : index.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
                String text = resource(path);
                if (text == null) {
                    throw new RulesetException(describe() + " lists " + path + " in its index, but the file is missing");
                }
                sources.add(new RuleSource(path, text));
            }
            return RuleFiles.sorted(sources);
        }

        private String resource(String path) {
            try (InputStream in = loader.getResourceAsStream(prefix + path)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RulesetException("cannot read " + prefix + path + " of " + describe() + ": " + e.getMessage());
            }
        }

        @Override
        public String location() {
            return "classpath:" + prefix;
        }

        @Override
        public String describe() {
            return "rule pack " + location();
        }
    }

    record Sources(String name, List<RuleSource> sources) implements RulePackLocation {
        @Override
        public List<RuleSource> read() {
            Set<String> paths = new HashSet<>();
            for (RuleSource source : sources) {
                if (!paths.add(source.path())) {
                    throw new RulesetException(describe() + " holds " + source.path() + " twice");
                }
            }
            return RuleFiles.sorted(sources);
        }

        @Override
        public String location() {
            return name;
        }

        @Override
        public String describe() {
            return "rule pack " + name;
        }
    }
}
