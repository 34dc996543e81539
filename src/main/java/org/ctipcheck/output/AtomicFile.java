package org.ctipcheck.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: the bytes go to a temporary file in the target's folder, which replaces the
 * target only on {@link #commit()} (a rename: a symbolic link planted at the target is replaced, never followed,
 * and readers never see half a file). {@link #close()} without a commit deletes the temporary file, so a failed
 * write (a full disk) leaves nothing behind and the old file, if any, as it was.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream out;
    private boolean done;

    private AtomicFile(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    }

    /** Starts writing {@code target}; refuses a target that is a folder. */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a folder");
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        return new AtomicFile(absolute, temporaryBeside(folder, name));
    }

    /**
     * A new, empty file in {@code folder}, created with the permissions any new file gets there (not the owner-only
     * ones of {@link Files#createTempFile}): the report put in place must be as readable as one written directly.
     */
    private static Path temporaryBeside(Path folder, String name) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toUnsignedString(random.nextLong(), 36) + ".part");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    /** Writes {@code bytes} to {@code target} whole or not at all. */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicFile file = create(target)) {
            file.stream().write(bytes);
            file.commit();
        }
    }

    public OutputStream stream() {
        return out;
    }

    /** Flushes, syncs and puts the file in place. */
    public void commit() throws IOException {
        out.flush();
        if (out instanceof BufferedOutputStream) {
            out.close();
        }
        try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Without a commit, discards what was written. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // discarded anyway
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a temporary file left behind in the target's folder, named .<target>.*.part
        }
    }
}
