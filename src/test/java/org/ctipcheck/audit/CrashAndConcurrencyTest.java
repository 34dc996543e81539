package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.audit.TestStore.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Real child processes: killed with SIGKILL mid-batch or right after a commit, and two writing one store. */
class CrashAndConcurrencyTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aProcessKilledInTheMiddleOfABatchLeavesNoPartialRecordAndTheChainVerifies(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            try (AuditStore store = test.open()) {
                Entries.writeSamples(store, 3);
            }
            Process child = start(ChildWriter.class.getName(), "batch", folder.toString(), test.location().jdbcUrl());
            awaitLine(child, "appending");
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            try (AuditStore store = test.open()) {
                ChainVerification result = store.verify(null);
                assertThat(result.intact()).as(result.message()).isTrue();
                assertThat(result.records()).isEqualTo(3);
                assertThat(store.queries().find("4")).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordIsDurableOnceCommitReturnsEvenIfTheProcessIsKilledRightAfter(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            Process child = start(ChildWriter.class.getName(), "commit", folder.toString(), test.location().jdbcUrl());
            awaitLine(child, "committed");
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            try (AuditStore store = test.open()) {
                ChainVerification result = store.verify(null);
                assertThat(result.intact()).as(result.message()).isTrue();
                assertThat(result.records()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoChecksWritingOneStoreBothSucceedOrTheSecondSaysTheStoreIsInUse(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            List<Process> checks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                checks.add(start("org.ctipcheck.cli.CtipCommand", "check",
                        "samples/01-compliant-overseas-services/submission.yaml",
                        "samples/02-housing-without-housing-plan/submission.json", "--as-of", "2026-03-01",
                        "--format", "json", "--audit-dir", folder.toString(), "--audit-db", test.location().jdbcUrl()));
            }
            int recorded = 0;
            for (Process check : checks) {
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(check.getErrorStream()));
                CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(check.getInputStream()));
                assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String stderr = err.get(10, TimeUnit.SECONDS);
                if (check.exitValue() == 5) {
                    assertThat(stderr).contains("in use by another process");
                    assertThat(out.get(10, TimeUnit.SECONDS)).isEmpty();
                } else {
                    assertThat(check.exitValue()).as(stderr).isEqualTo(1);
                    assertThat(out.get(10, TimeUnit.SECONDS)).contains("\"evaluationId\"");
                    recorded += 2;
                }
            }
            assertThat(recorded).isPositive();
            try (AuditStore store = test.open()) {
                ChainVerification result = store.verify(null);
                assertThat(result.intact()).as(result.message()).isTrue();
                assertThat(result.records()).isEqualTo(recorded);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCheckOnAStoreAnotherProcessHoldsSaysStoreInUseAndIssuesNoReport(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder); AuditStore holder = test.open();
             AuditWriter holding = holder.writer()) {
            holding.next(); // takes the chain head, as a check does before it appends
            Process check = start("org.ctipcheck.cli.CtipCommand", "check",
                    "samples/02-housing-without-housing-plan/submission.json", "--as-of", "2026-03-01",
                    "--audit-dir", folder.toString(), "--audit-db", test.location().jdbcUrl());
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(check.getErrorStream()));
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(check.getInputStream()));
            assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(check.exitValue()).as(err.get(10, TimeUnit.SECONDS)).isEqualTo(5);
            assertThat(err.get(10, TimeUnit.SECONDS)).contains("is in use by another process; nothing was recorded")
                    .doesNotContain("Exception");
            assertThat(out.get(10, TimeUnit.SECONDS)).isEmpty();
        }
    }

    private static Process start(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (mainClass.equals(ChildWriter.class.getName())) {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start();
    }

    private static void awaitLine(Process child, String expected) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                String next;
                while ((next = lines.readLine()) != null) {
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

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
