package org.ctipcheck.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The cross-process lock of an embedded H2 store: an OS lock on {@code audit.lock} in the data directory, held
 * while the store is open. When another process holds it, one helper thread per file blocks in
 * {@link FileChannel#lock()} and is woken by the OS when the lock is released; every store waiting for that file
 * in this JVM waits for the same helper, each up to its own {@code wait}, then gets {@link StoreInUseException}.
 * Stores opened in the same JVM on the same directory share the lock, as they share H2's embedded database.
 *
 * <p>No one waits while holding the registry's monitor: it only guards the bookkeeping, so a store on another
 * directory opens at once while this one waits.
 */
final class StoreLock implements AutoCloseable {
    private static final Map<Path, Shared> LOCKS = new HashMap<>();

    /** One file's lock in this JVM: acquired once (by a helper, or at once), counted per open store. */
    private static final class Shared {
        final CompletableFuture<FileLock> acquired = new CompletableFuture<>();
        int users;
        Thread helper;
    }

    private final Path file;
    private boolean released;

    private StoreLock(Path file) {
        this.file = file;
    }

    static StoreLock acquire(Path dataDirectory, Duration wait, String describe) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve("audit.lock");
        Shared shared;
        boolean first;
        synchronized (LOCKS) {
            shared = LOCKS.get(file);
            first = shared == null;
            if (first) {
                shared = new Shared();
                LOCKS.put(file, shared);
            }
            shared.users++;
        }
        if (first) {
            startLocking(file, shared);
        }
        try {
            shared.acquired.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return new StoreLock(file);
        } catch (TimeoutException e) {
            if (giveUp(file, shared)) {
                throw new StoreInUseException("the audit store " + describe
                        + " is in use by another process; nothing was recorded (try again when it has finished)");
            }
            return new StoreLock(file); // the lock came just as the wait ran out
        } catch (InterruptedException e) {
            giveUp(file, shared);
            Thread.currentThread().interrupt();
            throw new AuditException("interrupted while waiting for the audit store");
        } catch (ExecutionException e) {
            throw new AuditException("cannot lock the audit store (" + file + "): " + AuditStore.firstLine(e.getCause()),
                    e.getCause());
        }
    }

    /** Takes the lock at once when it is free (the usual case, no thread started), else starts the helper. */
    private static void startLocking(Path file, Shared shared) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            fail(file, shared, e);
            return;
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                shared.acquired.complete(lock);
                return;
            }
        } catch (java.nio.channels.OverlappingFileLockException | IOException held) {
            // held: wait for it below
        }
        Thread helper = new Thread(() -> lockBlocking(file, shared, channel), "ctip-audit-lock");
        helper.setDaemon(true);
        synchronized (LOCKS) {
            shared.helper = helper;
        }
        helper.start();
    }

    private static void lockBlocking(Path file, Shared shared, FileChannel channel) {
        FileLock lock;
        try {
            lock = channel.lock();
        } catch (IOException | RuntimeException e) {
            // interrupted because every waiter gave up (which closed the channel), or the lock failed
            closeQuietly(channel);
            fail(file, shared, e);
            return;
        }
        synchronized (LOCKS) {
            if (shared.users > 0) {
                shared.acquired.complete(lock);
                return;
            }
        }
        closeQuietly(channel); // everyone gave up just before the lock came
    }

    private static void fail(Path file, Shared shared, Exception e) {
        synchronized (LOCKS) {
            LOCKS.remove(file, shared);
        }
        shared.acquired.completeExceptionally(e);
    }

    /** True when this waiter gave up; false when the lock was acquired meanwhile (then it is this waiter's too). */
    private static boolean giveUp(Path file, Shared shared) {
        synchronized (LOCKS) {
            if (shared.acquired.isDone() && !shared.acquired.isCompletedExceptionally()) {
                return false;
            }
            if (--shared.users == 0) {
                LOCKS.remove(file, shared);
                if (shared.helper != null) {
                    shared.helper.interrupt(); // closes its channel and abandons the request
                }
            }
            return true;
        }
    }

    /**
     * Releases the lock with the last store of the file; under the monitor (releasing does not wait), so that a
     * store opened right after in this JVM does not find the old lock still held.
     */
    @Override
    public void close() {
        synchronized (LOCKS) {
            if (released) {
                return;
            }
            released = true;
            Shared shared = LOCKS.get(file);
            if (shared == null || --shared.users > 0) {
                return;
            }
            LOCKS.remove(file);
            FileLock lock = shared.acquired.getNow(null);
            if (lock != null) {
                closeQuietly(lock.channel()); // closing the channel releases the lock
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock in any case
        }
    }
}
