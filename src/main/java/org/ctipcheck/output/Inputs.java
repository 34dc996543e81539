package org.ctipcheck.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The files a command reads: no file it writes may be one of them. */
public final class Inputs {
    private final List<Path> files;

    public Inputs(List<Path> files) {
        this.files = new ArrayList<>(files);
    }

    /** The input that {@code output} would overwrite (the same file, by any path or link), if any. */
    public Optional<Path> overwrittenBy(Path output) {
        for (Path input : files) {
            if (same(input, output)) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }

    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException unreadable) {
            // compared by name below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
