package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.audit.TestStore.Backend;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.supplychain.AttestationGenerator;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A check with a supply-chain screen stages the screen's chunks without the chain lock: a short check on another
 * connection records, commits and verifies while the screen is still being written, and the long check is linked
 * after it. If the chain head cannot be had when the long check links its records, nothing of it is kept.
 */
class ShortCheckDuringScreenTest {
    @TempDir
    Path folder;

    private Path attestations(int rows) throws IOException {
        Path file = folder.resolve("att-" + rows + ".csv");
        try (var writer = Files.newBufferedWriter(file)) {
            new AttestationGenerator(3, 0.02).write(writer, rows, false);
        }
        return file;
    }

    /** Passes rows to the log; once {@code pauseAfterHits} hits are in, says so and waits for {@code resume}. */
    private static RowSink pausing(SupplyChainLog log, int pauseAfterHits, CountDownLatch paused, CountDownLatch resume) {
        return new RowSink() {
            private int hits;

            @Override
            public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
                log.row(row, findings, level);
                hits += findings.size();
                if (hits >= pauseAfterHits && paused.getCount() > 0) {
                    paused.countDown();
                    await(resume);
                }
            }

            @Override
            public void rejected(long line, String reason) {
                log.rejected(line, reason);
            }

            @Override
            public void close() {
                log.close();
            }
        };
    }

    private static SupplyChainLog.Recorded screen(AuditWriter writer, Path file, CountDownLatch paused, CountDownLatch resume) {
        SupplyChainLog log = writer.supplyChain(16);
        SupplyChainSummary summary;
        try (RowSink sink = pausing(log, 64, paused, resume)) {
            summary = new SupplyChainScreen(new SupplyChainEvaluator(TestRules.ruleset()), AttestationFixture.lists(),
                    AttestationFixture.TODAY, AttestationFixture.WORKERS).screen(file, sink, Progress.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return log.finish(summary);
    }

    private static AuditEntry screened(SupplyChainLog.Recorded recorded) {
        AuditEntry s = Entries.sample(0);
        return new AuditEntry(s.recordedAt(), s.actor(), s.role(), s.organization(), s.awardId(), s.source(),
                s.submissionSha256(), s.canonicalSubmission(), s.rulesetFingerprint(), s.ruleFiles(),
                recorded.referenceEditions(), s.evaluationDate(), s.determination(), s.findings(), s.ruleHits(),
                s.reportHashes(), recorded);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aShortCheckCommitsWhileALongScreenIsBeingRecordedAndTheScreenIsLinkedAfterIt(Backend backend) throws Exception {
        Path file = attestations(3_000);
        Entries.samples();
        try (TestStore test = TestStore.create(backend, folder); AuditStore longStore = test.open();
             AuditStore shortStore = test.open()) {
            CountDownLatch midScreen = new CountDownLatch(1);
            CountDownLatch resume = new CountDownLatch(1);
            CompletableFuture<AuditStamp> longCheck = CompletableFuture.supplyAsync(() -> {
                try (AuditWriter writer = longStore.writer()) {
                    SupplyChainLog.Recorded recorded = screen(writer, file, midScreen, resume);
                    AuditStamp stamp = writer.next();
                    writer.append(stamp, screened(recorded));
                    writer.commit();
                    return stamp;
                }
            });
            await(midScreen);

            AuditStamp shortStamp = Entries.write(shortStore, List.of(Entries.sample(1))).get(0);
            ChainVerification during = shortStore.verify(null);
            assertThat(longCheck).as("the long check is still screening").isNotDone();
            assertThat(shortStamp.sequence()).isEqualTo(1);
            assertThat(during.intact()).as(during.message()).isTrue();
            assertThat(during.records()).isEqualTo(1);

            resume.countDown();
            AuditStamp longStamp = longCheck.get(120, TimeUnit.SECONDS);
            assertThat(longStamp.sequence()).isEqualTo(2);
            assertThat(longStamp.chainHead()).isEqualTo(during.headHash());
            ChainVerification after = shortStore.verify(null);
            assertThat(after.intact()).as(after.message()).isTrue();
            assertThat(after.records()).isEqualTo(2);
            AuditRecord.SupplyChain screen = shortStore.queries().find("2").orElseThrow().supplyChain();
            assertThat(screen.hitCount()).isGreaterThan(64);
            assertThat(count(test, "select count(*) from audit_supply_chain_chunk"))
                    .isEqualTo((screen.hitCount() + 15) / 16);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aScreenWhoseRecordsCannotGetTheChainHeadLeavesNothingBehind(Backend backend) throws Exception {
        Path file = attestations(500);
        try (TestStore test = TestStore.create(backend, folder);
             AuditStore longStore = AuditStore.open(test.location(), Duration.ofMillis(300));
             AuditStore shortStore = test.open()) {
            try (AuditWriter longWriter = longStore.writer()) {
                SupplyChainLog.Recorded recorded = screen(longWriter, file, new CountDownLatch(0), new CountDownLatch(0));
                try (AuditWriter holder = shortStore.writer()) {
                    AuditStamp held = holder.next();
                    assertThatThrownBy(longWriter::next).isInstanceOf(StoreInUseException.class)
                            .hasMessageContaining("in use by another process; nothing was recorded");
                    assertThatThrownBy(() -> longWriter.append(held, screened(recorded)))
                            .hasMessageContaining("nothing of it was recorded");
                    holder.append(held, Entries.sample(0));
                    holder.commit();
                }
            }
            assertThat(count(test, "select count(*) from audit_supply_chain_chunk")).isZero();
            assertThat(count(test, "select count(*) from audit_supply_chain")).isZero();
            ChainVerification result = shortStore.verify(null);
            assertThat(result.intact()).as(result.message()).isTrue();
            assertThat(result.records()).isEqualTo(1);
        }
    }

    private static long count(TestStore test, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(120, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
