package org.ctipcheck.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The cross-process lock of an embedded H2 store: an OS lock on {@code audit.lock} in the data directory, held
 * while the store is open. A second process blocks in {@link FileChannel#lock()} on a helper thread and is
 * woken by the OS when the lock is released; after {@code wait} the helper is interrupted (which closes its
 * channel and abandons the request) and the caller gets {@link StoreInUseException}. Stores opened in the same
 * JVM on the same directory share the lock, as they share H2's embedded database.
 */
final class StoreLock implements AutoCloseable {
    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int[] users) {
    }

    private final Path file;
    private boolean released;

    private StoreLock(Path file) {
        this.file = file;
    }

    static StoreLock acquire(Path dataDirectory, Duration wait, String describe) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve("audit.lock");
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                held.users()[0]++;
                return new StoreLock(file);
            }
            Held free = tryLock(file);
            if (free != null) {
                HELD.put(file, free);
                return new StoreLock(file);
            }
            FutureTask<Held> locking = new FutureTask<>(() -> {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    return new Held(channel, channel.lock(), new int[] {1});
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            });
            Thread helper = new Thread(locking, "ctip-audit-lock");
            helper.setDaemon(true);
            helper.start();
            try {
                HELD.put(file, locking.get(wait.toMillis(), TimeUnit.MILLISECONDS));
                return new StoreLock(file);
            } catch (TimeoutException e) {
                if (!locking.cancel(true)) {
                    // the lock came just as the wait ran out: keep it rather than leak it
                    HELD.put(file, lockedAfterAll(locking));
                    return new StoreLock(file);
                }
                throw new StoreInUseException("the audit store " + describe
                        + " is in use by another process; nothing was recorded (try again when it has finished)");
            } catch (InterruptedException e) {
                locking.cancel(true);
                Thread.currentThread().interrupt();
                throw new AuditException("interrupted while waiting for the audit store");
            } catch (ExecutionException e) {
                throw new AuditException("cannot lock the audit store (" + file + "): " + AuditStore.firstLine(e.getCause()),
                        e.getCause());
            }
        }
    }

    /** The lock when no other process holds it, without a helper thread (the usual case); null when it is held. */
    private static Held tryLock(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new Held(channel, lock, new int[] {1});
                }
            } catch (java.nio.channels.OverlappingFileLockException | IOException held) {
                // held: wait for it below
            }
            channel.close();
            return null;
        } catch (IOException e) {
            throw new AuditException("cannot lock the audit store (" + file + "): " + e.getMessage(), e);
        }
    }

    private static Held lockedAfterAll(FutureTask<Held> locking) {
        try {
            return locking.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AuditException("cannot lock the audit store: " + AuditStore.firstLine(e), e);
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(file);
            if (held == null || --held.users()[0] > 0) {
                return;
            }
            HELD.remove(file);
            try {
                held.lock().release();
                held.channel().close();
            } catch (IOException ignored) {
                // closing the channel releases the lock in any case
            }
        }
    }
}
