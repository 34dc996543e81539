package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a store waits for an embedded H2 store another process holds, other stores in the same JVM open without
 * waiting behind it: those on other data directories at once, and those on the same one each up to their own wait.
 */
class StoreLockTest {
    @TempDir
    Path held;
    @TempDir
    Path other;

    @Test
    void aStoreWaitingForAnotherProcessDoesNotHoldUpStoresOnOtherDirectories() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), ChildWriter.class.getName(), "commit", held.toString(),
                AuditLocation.embedded(held).jdbcUrl()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitLine(child, "committed");
            CompletableFuture<AuditStore> waiting = CompletableFuture.supplyAsync(
                    () -> AuditStore.open(AuditLocation.embedded(held), Duration.ofMinutes(2)));
            awaitLockHelper();

            assertThatThrownBy(() -> AuditStore.open(AuditLocation.embedded(held), Duration.ofMillis(200)))
                    .isInstanceOf(StoreInUseException.class);
            try (AuditStore elsewhere = AuditStore.open(AuditLocation.embedded(other))) {
                Entries.write(elsewhere, List.of(Entries.sample(0)));
                assertThat(elsewhere.verify(null).records()).isEqualTo(1);
            }
            assertThat(waiting).as("still waiting for the other process").isNotDone();

            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            try (AuditStore store = waiting.get(120, TimeUnit.SECONDS)) {
                ChainVerification result = store.verify(null);
                assertThat(result.intact()).as(result.message()).isTrue();
                assertThat(result.records()).isEqualTo(1);
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /** Until the thread that waits for the OS lock is running (the store found the lock held). */
    private static void awaitLockHelper() throws InterruptedException {
        for (int i = 0; i < 12_000; i++) {
            if (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("ctip-audit-lock"))) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the store never came to wait for the lock");
    }

    private static void awaitLine(Process child, String expected) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String next = lines.readLine(); next != null; next = lines.readLine()) {
                    if (next.equals(expected)) {
                        return next;
                    }
                }
                return "(exited with " + child.waitFor() + ")";
            } catch (Exception e) {
                return e.toString();
            }
        }).get(120, TimeUnit.SECONDS);
        assertThat(line).isEqualTo(expected);
    }
}
