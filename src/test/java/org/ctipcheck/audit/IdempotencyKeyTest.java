package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.audit.ChainVerification.Problem;
import org.ctipcheck.audit.TestStore.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A check retried with the same idempotency key gets the first evaluation back; the log holds one record. */
class IdempotencyKeyTest {
    @TempDir
    Path folder;

    /** What a check answers with: the evaluation and the JSON report issued for it. */
    private record Answer(String evaluationId, byte[] jsonReport, boolean recordedNow) {
    }

    /** A check keyed {@code key}, as a workflow step would run it: look the key up, else record and commit. */
    private static Answer check(AuditStore store, String key) {
        try (AuditWriter writer = store.writer()) {
            Optional<AuditRecord> first = writer.recorded(key);
            if (first.isPresent()) {
                return new Answer(first.get().evaluationId(), first.get().issuedJsonReport(), false);
            }
            AuditStamp stamp = writer.next();
            AuditEntry entry = ChildChecks.entry(key, stamp);
            writer.append(stamp, entry);
            writer.commit();
            return new Answer(stamp.evaluationId(), entry.issuedJsonReport(), true);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameKeyTwiceGivesTheFirstEvaluationAndItsReportAndOneRecord(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder)) {
            Answer first;
            Answer retry;
            try (AuditStore store = test.open()) {
                first = check(store, "workflow-42/step-3");
            }
            try (AuditStore store = test.open()) {
                retry = check(store, "workflow-42/step-3");
                assertThat(check(store, "workflow-43/step-3").recordedNow()).isTrue();
            }
            assertThat(first.recordedNow()).isTrue();
            assertThat(retry.recordedNow()).isFalse();
            assertThat(retry.evaluationId()).isEqualTo(first.evaluationId());
            assertThat(retry.jsonReport()).isEqualTo(first.jsonReport());
            try (AuditStore store = test.open()) {
                ChainVerification result = store.verify(null);
                assertThat(result.intact()).as(result.message()).isTrue();
                assertThat(result.records()).isEqualTo(2);
                AuditRecord stored = store.queries().findByIdempotencyKey("workflow-42/step-3").orElseThrow();
                assertThat(stored.sequence()).isEqualTo(1);
                assertThat(stored.idempotencyKey()).isEqualTo("workflow-42/step-3");
                assertThat(AuditEntry.reportHash(stored.issuedJsonReport())).isEqualTo(stored.reportHashes().get("json"));
                assertThat(store.queries().find("2").orElseThrow().idempotencyKey()).isEqualTo("workflow-43/step-3");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void appendingAKeyAlreadyRecordedIsRefusedAndTheBatchGoesOnWithoutIt(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            check(store, "k-1");
            try (AuditWriter writer = store.writer()) {
                AuditStamp stamp = writer.next();
                assertThatThrownBy(() -> writer.append(stamp, ChildChecks.entry("k-1", stamp)))
                        .isInstanceOf(IdempotencyKeyUsedException.class)
                        .hasMessageContaining("idempotency key 'k-1' is already recorded");
                writer.append(stamp, ChildChecks.entry("k-2", stamp));
                AuditStamp second = writer.next();
                assertThatThrownBy(() -> writer.append(second, ChildChecks.entry("k-2", second)))
                        .as("twice in one batch").isInstanceOf(IdempotencyKeyUsedException.class);
                assertThat(writer.recorded("k-2")).as("appended earlier in this batch").isPresent();
                writer.commit();
            }
            ChainVerification result = store.verify(null);
            assertThat(result.intact()).as(result.message()).isTrue();
            assertThat(result.records()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoWritersWithTheSameKeyAtOnceEndAsOneRecord(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder); AuditStore first = test.open();
             AuditStore second = test.open()) {
            CountDownLatch firstLookedUp = new CountDownLatch(1);
            CountDownLatch secondWaits = new CountDownLatch(1);
            CompletableFuture<Answer> a = CompletableFuture.supplyAsync(() -> {
                try (AuditWriter writer = first.writer()) {
                    assertThat(writer.recorded("same")).isEmpty();
                    firstLookedUp.countDown();
                    await(secondWaits);
                    AuditStamp stamp = writer.next();
                    AuditEntry entry = ChildChecks.entry("same", stamp);
                    writer.append(stamp, entry);
                    writer.commit();
                    return new Answer(stamp.evaluationId(), entry.issuedJsonReport(), true);
                }
            });
            await(firstLookedUp);
            CompletableFuture<Answer> b = CompletableFuture.supplyAsync(() -> check(second, "same"));
            awaitWriterWaitingForTheHead(test);
            secondWaits.countDown();
            Answer answerA = a.get(60, TimeUnit.SECONDS);
            Answer answerB = b.get(60, TimeUnit.SECONDS);
            assertThat(answerB.recordedNow()).isFalse();
            assertThat(answerB.evaluationId()).isEqualTo(answerA.evaluationId());
            assertThat(answerB.jsonReport()).isEqualTo(answerA.jsonReport());
            ChainVerification result = first.verify(null);
            assertThat(result.intact()).as(result.message()).isTrue();
            assertThat(result.records()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aKeyCommittedByAnotherWriterAfterTheLookupFailsTheCommitClearlyAndNothingIsRecorded(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            check(store, "k-1");
            try (AuditWriter writer = store.writer()) {
                AuditStamp stamp = writer.next();
                writer.append(stamp, ChildChecks.entry("k-2", stamp));
                // a writer that did not take the chain lock (only raw SQL can) records k-2 meanwhile
                test.tamper("update audit_evaluation set idempotency_key = 'k-2' where seq = 1");
                assertThatThrownBy(writer::commit).isInstanceOf(IdempotencyKeyUsedException.class)
                        .hasMessageContaining("'k-2' is already recorded; nothing of this batch was recorded");
            }
            assertThat(store.queries().find("2")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChangedKeyOrAnAlteredOrRemovedKeptReportIsNamedByVerify(Backend backend) {
        for (String tampering : new String[] {
            "update audit_evaluation set idempotency_key = 'other' where seq = 2",
            "update audit_evaluation set idempotency_key = null where seq = 2",
            "update audit_evaluation set report_json_gz = null where seq = 2",
            "update audit_evaluation set report_json_gz = (select report_json_gz from audit_evaluation where seq = 3)"
                    + " where seq = 2"}) {
            Path dir = folder.resolve(Integer.toString(tampering.hashCode() & 0xffff));
            try (TestStore test = TestStore.create(backend, dir); AuditStore store = test.open()) {
                Entries.writeSamples(store, 1);
                check(store, "k-2");
                check(store, "k-3");
                assertThat(store.verify(null).intact()).isTrue();
                test.tamper(tampering);
                ChainVerification result = store.verify(null);
                assertThat(result.intact()).as(tampering).isFalse();
                assertThat(result.problem()).as(tampering).isEqualTo(Problem.MODIFIED);
                assertThat(result.problemSequence()).as(tampering).isEqualTo(2);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until the database shows a session waiting for a lock (the second writer, for the chain head). */
    static void awaitWriterWaitingForTheHead(TestStore test) throws Exception {
        String sql = test.backend() == Backend.H2
                ? "select count(*) from information_schema.sessions where blocker_id is not null"
                : "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%audit_head%'";
        try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (int i = 0; i < 6000; i++) {
                try (ResultSet row = statement.executeQuery(sql)) {
                    if (row.next() && row.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("no writer came to wait for the chain head");
    }
}
