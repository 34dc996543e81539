package org.ctipcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.ChainVerification;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.report.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: concurrent checks' records appended in shared batches (group commit), on H2 and on PostgreSQL
 * ($CTIP_TEST_POSTGRES_URL, skipped when unset): the chain verifies, every issued report names a committed record
 * holding the SHA-256 of exactly its bytes, and a batch that fails issues nothing.
 */
class GroupCommitTest {
    private static final Path[] SAMPLES = {Path.of("samples/01-compliant-overseas-services/submission.yaml"),
        Path.of("samples/02-housing-without-housing-plan/submission.json")};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final CheckOptions OPTIONS = CheckOptions.defaults().withEvaluationDate(LocalDate.of(2026, 3, 1))
            .withFormats(EnumSet.of(ReportFormat.JSON)).withKeptReport();

    @TempDir
    Path folder;
    private String schema;
    private String postgresUrl;

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(postgresUrl);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private AuditLocation location(String backend) {
        if (backend.equals("h2")) {
            return AuditLocation.embedded(folder.resolve("audit"));
        }
        postgresUrl = System.getenv("CTIP_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(postgresUrl != null && !postgresUrl.isBlank(), "CTIP_TEST_POSTGRES_URL is not set");
        schema = "h_audit_group_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new AuditLocation(folder, postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    private static ComplianceCheck grouped(Supplier<AuditStore> auditLog) {
        return new ComplianceCheck(TestRules.ruleset(), auditLog, AttestationFixture.WORKERS, CLOCK).withGroupCommit();
    }

    private static CheckRequest request(int n, String idempotencyKey) throws Exception {
        CheckOptions options = idempotencyKey == null ? OPTIONS : OPTIONS.withIdempotencyKey(idempotencyKey);
        Path sample = SAMPLES[n % SAMPLES.length];
        return CheckRequest.of(SubmissionInput.bytes("check-" + n + "-" + sample.getFileName(),
                Files.readAllBytes(sample)), options);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void manyThreadsCheckingAtOnceLeaveAnIntactChainWithARecordForEveryReport(String backend) throws Exception {
        AuditLocation location = location(backend);
        AtomicInteger batches = new AtomicInteger();
        ComplianceCheck check = grouped(() -> {
            batches.incrementAndGet();
            return AuditStore.open(location);
        });
        int threads = 8;
        int perThread = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<IssuedReport> issued = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    issued.addAll(check.check(request(thread * perThread + i, null)).issued());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : running) {
            each.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(issued).hasSize(threads * perThread);
        try (AuditStore store = AuditStore.open(location)) {
            ChainVerification verified = store.verify(null);
            assertThat(verified.intact()).as(verified.message()).isTrue();
            assertThat(verified.records()).isEqualTo(threads * perThread);
            // one signed checkpoint a batch; on PostgreSQL a batch may leave its store open for the next one
            assertThat(verified.checkpoints()).isBetween(1L, (long) threads * perThread);
            assertThat(batches.get()).isLessThanOrEqualTo((int) verified.checkpoints());
            for (IssuedReport report : issued) {
                assertThat(report.recorded()).isTrue();
                AuditRecord record = store.queries().find(report.report().audit().evaluationId()).orElseThrow();
                assertThat(record.sequence()).isEqualTo(report.report().audit().sequence());
                assertThat(record.source()).isEqualTo(report.source());
                assertThat(record.reportHashes()).containsEntry("json", sha256(report.bytes(ReportFormat.JSON)));
            }
        }
    }

    /** Checks that queue while a batch is being written go together in the next one, with one signed checkpoint. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void checksWaitingBehindABatchAreWrittenInOneBatchAndAKeyUsedTwiceThereIsRecordedOnce(String backend)
            throws Exception {
        AuditLocation location = location(backend);
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger opens = new AtomicInteger();
        ComplianceCheck check = grouped(() -> {
            if (opens.incrementAndGet() == 1) {
                firstOpened.countDown();
                await(release);
            }
            return AuditStore.open(location);
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Future<CheckOutcome> first = pool.submit(() -> check.check(request(0, null)));
        assertThat(firstOpened.await(2, TimeUnit.MINUTES)).isTrue();
        List<Future<CheckOutcome>> waiting = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            int i = n;
            waiting.add(pool.submit(() -> check.check(request(i, i >= 5 ? "same-key" : null))));
        }
        awaitQueued(check, 6);
        release.countDown();

        assertThat(first.get(2, TimeUnit.MINUTES).issued()).hasSize(1);
        List<IssuedReport> reports = new ArrayList<>();
        for (Future<CheckOutcome> each : waiting) {
            reports.addAll(each.get(2, TimeUnit.MINUTES).issued());
        }
        pool.shutdown();
        assertThat(reports.stream().filter(IssuedReport::firstRecorded).count()).isEqualTo(1);
        try (AuditStore store = AuditStore.open(location)) {
            ChainVerification verified = store.verify(null);
            assertThat(verified.intact()).as(verified.message()).isTrue();
            assertThat(verified.records()).isEqualTo(6);
            assertThat(verified.checkpoints()).as("one batch for the first check, one for the six queued behind it")
                    .isEqualTo(2);
            assertThat(store.queries().findByIdempotencyKey("same-key")).isPresent();
        }
    }

    @Test
    void aBatchThatCannotBeWrittenFailsEveryCheckInItAndIssuesNothing() throws Exception {
        AuditLocation location = location("h2");
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger opens = new AtomicInteger();
        ComplianceCheck check = grouped(() -> {
            int n = opens.incrementAndGet();
            if (n == 1) {
                firstOpened.countDown();
                await(release);
            } else if (n == 2) {
                throw new AuditException("the audit store is not reachable (test)");
            }
            return AuditStore.open(location);
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<CheckOutcome> first = pool.submit(() -> check.check(request(0, null)));
        assertThat(firstOpened.await(2, TimeUnit.MINUTES)).isTrue();
        List<Future<CheckOutcome>> failing = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            int i = n;
            failing.add(pool.submit(() -> check.check(request(i, null))));
        }
        awaitQueued(check, 3);
        release.countDown();
        assertThat(first.get(2, TimeUnit.MINUTES).issued()).hasSize(1);
        for (Future<CheckOutcome> each : failing) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> each.get(2, TimeUnit.MINUTES)))
                    .hasCauseInstanceOf(AuditException.class).hasMessageContaining("not reachable");
        }
        pool.shutdown();
        try (AuditStore store = AuditStore.open(location)) {
            assertThat(store.verify(null).records()).isEqualTo(1);
        }
        // the next check starts a batch of its own again
        assertThat(check.check(request(9, null)).issued().get(0).recorded()).isTrue();
    }

    private static void awaitQueued(ComplianceCheck check, int count) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (check.groupQueued() < count) {
            assertThat(System.nanoTime()).as("checks queued").isLessThan(giveUp);
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
