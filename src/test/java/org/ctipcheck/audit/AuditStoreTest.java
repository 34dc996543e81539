package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.audit.TestStore.Backend;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditStoreTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyEvaluationIsRecordedWithWhoWhatRulesHitsAndFindings(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            AuditEntry entry = Entries.sample(1);
            AuditStamp stamp = Entries.write(store, List.of(entry)).get(0);

            AuditRecord record = store.queries().find(stamp.evaluationId()).orElseThrow();
            assertThat(record.sequence()).isEqualTo(1);
            assertThat(record.previousHash()).isEqualTo(Hashing.GENESIS).isEqualTo(stamp.chainHead());
            assertThat(record.actor()).isEqualTo("alice");
            assertThat(record.role()).isEqualTo("contracting-officer");
            assertThat(record.organization()).isEqualTo(entry.organization());
            assertThat(record.canonicalSubmission()).isEqualTo(entry.canonicalSubmission());
            assertThat(record.submissionSha256()).isEqualTo(entry.submissionSha256());
            assertThat(record.rulesetFingerprint()).isEqualTo(TestRules.ruleset().fingerprint());
            assertThat(record.referenceEditions()).isEmpty();
            assertThat(record.determination()).isEqualTo(entry.determination().name());
            assertThat(record.findings()).hasSize(entry.findings().size());
            assertThat(record.ruleHits()).hasSize(entry.ruleHits().size());
            assertThat(record.ruleHits().get(0).ruleId()).isEqualTo(entry.ruleHits().get(0).ruleId());
            assertThat(record.ruleHits().get(0).matched()).isEqualTo(entry.ruleHits().get(0).matched());
            assertThat(record.reportHashes()).isEqualTo(entry.reportHashes());
            assertThat(store.queries().ruleset(record.rulesetFingerprint()).orElseThrow())
                    .isEqualTo(TestRules.ruleset().sources());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theRulesAreArchivedOnceHoweverManyEvaluationsUseThem(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            try (AuditStore store = test.open()) {
                Entries.writeSamples(store, 5);
                Entries.writeSamples(store, 5);
            }
            assertThat(count(test, "select count(*) from audit_ruleset")).isEqualTo(1);
            assertThat(count(test, "select count(*) from audit_evaluation")).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBatchThatIsNotCommittedLeavesNoRecord(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            try (AuditStore store = test.open()) {
                Entries.writeSamples(store, 2);
                try (AuditWriter writer = store.writer()) {
                    writer.append(writer.next(), Entries.sample(3));
                    writer.flush();
                }
                assertThat(store.verify(null).intact()).isTrue();
            }
            assertThat(count(test, "select count(*) from audit_evaluation")).isEqualTo(2);
            assertThat(count(test, "select count(*) from audit_rule_hit where evaluation_seq = 3")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSecondWriterWaitsForTheFirstAndBothAreChained(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder);
             AuditStore first = test.open(); AuditStore second = test.open()) {
            CountDownLatch firstHoldsTheHead = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> firstBatch = CompletableFuture.runAsync(() -> {
                try (AuditWriter writer = first.writer()) {
                    writer.append(writer.next(), Entries.sample(0));
                    firstHoldsTheHead.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    writer.commit();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(firstHoldsTheHead.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<List<AuditStamp>> secondBatch = CompletableFuture.supplyAsync(
                    () -> Entries.writeSamples(second, 2));
            release.countDown();
            firstBatch.get(60, TimeUnit.SECONDS);
            List<AuditStamp> stamps = secondBatch.get(60, TimeUnit.SECONDS);

            assertThat(stamps).extracting(AuditStamp::sequence).containsExactly(2L, 3L);
            ChainVerification result = first.verify(null);
            assertThat(result.intact()).as(result.message()).isTrue();
            assertThat(result.records()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theCheckpointKeyStaysInTheDataDirectoryAndItsPublicHalfVerifiesTheLog(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            Entries.writeSamples(store, 1);
            Path exported = folder.resolve("exported.pem");
            Files.writeString(exported, store.publicKeyPem());
            assertThat(folder.resolve(SigningKey.PRIVATE_FILE)).exists();
            assertThat(store.verify(AuditStore.readPublicKey(exported)).intact()).isTrue();

            Path otherKey = Files.createDirectories(folder.resolve("other"));
            Files.writeString(otherKey.resolve("other.pem"),
                    SigningKey.pem(SigningKey.loadOrCreate(otherKey).publicKey()));
            // the checkpoint's signature is valid under the key it names (registered in the store), which is not trusted
            ChainVerification withOtherKey = store.verify(AuditStore.readPublicKey(otherKey.resolve("other.pem")));
            assertThat(withOtherKey.intact()).isFalse();
            assertThat(withOtherKey.problem()).isEqualTo(ChainVerification.Problem.UNTRUSTED_KEY);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void ruleHitsWithTabsNewlinesBackslashesNullsAndAnyUnicodeAreStoredExactly(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            List<RuleHit> hits = List.of(new RuleHit(1, "R\\1", null, null,
                    List.of("/a\tb", "/c\\d\ne\r", "(derived) ü", "", "/\uD83D\uDE00 outside the BMP")));
            AuditStamp stamp = Entries.write(store, List.of(withHits(hits))).get(0);

            AuditRecord.Hit stored = store.queries().find(stamp.evaluationId()).orElseThrow().ruleHits().get(0);
            assertThat(stored.ruleId()).isEqualTo("R\\1");
            assertThat(stored.requirementId()).isNull();
            assertThat(stored.outcome()).isNull();
            assertThat(stored.matched()).isEqualTo(hits.get(0).matched());
            assertThat(store.verify(null).intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSchemaVersionTheStoreSkipsFlywayForIsTheNewestMigration(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            test.open().close();
            assertThat(count(test, "select count(*) from \"audit_schema_history\" where \"success\" = true and \"version\" is not null"))
                    .isEqualTo(Long.parseLong(AuditStore.SCHEMA_VERSION));
            assertThat(count(test, "select count(*) from \"audit_schema_history\" where \"version\" = '"
                    + AuditStore.SCHEMA_VERSION + "'")).isEqualTo(1);
            try (java.util.stream.Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/audit"))) {
                int newestSql = migrations.map(p -> p.getFileName().toString())
                        .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
                int newestJava = java.util.stream.Stream.of(new V4PostgresLz4Findings(), new V5IdempotencyKeys(),
                        new V7OrganizationUei()).mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max()
                        .orElseThrow();
                assertThat(Math.max(newestSql, newestJava)).isEqualTo(Integer.parseInt(AuditStore.SCHEMA_VERSION));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBatchOfManySendsIsStoredWholeInChainOrder(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            List<AuditStamp> stamps = Entries.writeSamples(store, 600);

            long hits = 0;
            for (int i = 0; i < 600; i++) {
                hits += Entries.sample(i).ruleHits().size();
            }
            assertThat(hits).as("rows enough for several sends in the background").isGreaterThan(3 * 5_000);
            assertThat(count(test, "select count(*) from audit_rule_hit")).isEqualTo(hits);
            AuditRecord last = store.queries().find(stamps.get(599).evaluationId()).orElseThrow();
            assertThat(last.sequence()).isEqualTo(600);
            assertThat(last.ruleHits()).hasSize(Entries.sample(599).ruleHits().size());
            assertThat(store.verify(null).intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRowTheDatabaseRejectsWhileEarlierRowsAreSentFailsTheWholeBatch(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            try (AuditStore store = test.open()) {
                Entries.writeSamples(store, 2);
                try (AuditWriter writer = store.writer()) {
                    // the rejected row goes out in the background; the failure surfaces on a later call
                    assertThatThrownBy(() -> {
                        appendARejectedRowAndMore(writer);
                        writer.commit();
                    }).isInstanceOf(AuditException.class).hasMessageContaining("nothing of this batch was recorded");
                }
                assertThat(store.verify(null).intact()).isTrue();
            }
            assertThat(count(test, "select count(*) from audit_evaluation")).isEqualTo(2);
            assertThat(count(test, "select count(*) from audit_rule_hit where evaluation_seq > 2")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBatchThatFailedCannotBeCommittedOrWrittenToAfterwards(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            try (AuditStore store = test.open()) {
                Entries.writeSamples(store, 2);
                try (AuditWriter writer = store.writer()) {
                    assertThatThrownBy(() -> appendARejectedRowAndMore(writer)).isInstanceOf(AuditException.class);
                    // a caller that goes on regardless: the records still queued must not be stored on their own
                    assertThatThrownBy(writer::commit).isInstanceOf(AuditException.class)
                            .hasMessageContaining("rolled back");
                    assertThatThrownBy(writer::flush).isInstanceOf(AuditException.class);
                    assertThatThrownBy(() -> writer.supplyChain())
                            .isInstanceOf(AuditException.class);
                }
                assertThat(store.verify(null).intact()).isTrue();
            }
            assertThat(count(test, "select count(*) from audit_evaluation")).isEqualTo(2);
            assertThat(count(test, "select record_count from audit_head")).isEqualTo(2);
            assertThat(count(test, "select count(*) from audit_checkpoint")).isEqualTo(1);
        }
    }

    /** A record the database refuses, then enough others that it is sent in the background while they are appended. */
    private static void appendARejectedRowAndMore(AuditWriter writer) {
        writer.append(writer.next(), withRuleId("R".repeat(301)));
        for (int i = 0; i < 1_000; i++) {
            writer.append(writer.next(), Entries.sample(i));
        }
    }

    /** A sample entry with one rule hit of this rule id (longer than the column allows, to make the database refuse it). */
    private static AuditEntry withRuleId(String ruleId) {
        return withHits(List.of(new RuleHit(1, ruleId, null, null, List.of("/a"))));
    }

    private static AuditEntry withHits(List<RuleHit> hits) {
        AuditEntry sample = Entries.sample(0);
        return new AuditEntry(sample.recordedAt(), sample.actor(), sample.role(), sample.organization(),
                sample.awardId(), sample.source(), sample.submissionSha256(), sample.canonicalSubmission(),
                sample.rulesetFingerprint(), sample.ruleFiles(), List.of(), sample.evaluationDate(),
                sample.determination(), sample.findings(), hits, sample.reportHashes());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void findingsAreCompressedWithLz4OnPostgres(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            AuditEntry large = Entries.samples().stream().max(java.util.Comparator.comparingInt(e -> e.findings().size()))
                    .orElseThrow();
            AuditStamp stamp = Entries.write(store, List.of(large)).get(0);
            assertThat(store.queries().find(stamp.evaluationId()).orElseThrow().findings()).hasSize(large.findings().size());
            if (backend == Backend.POSTGRES) {
                try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
                     Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("select pg_column_compression(findings), length(findings)"
                             + " from audit_evaluation")) {
                    row.next();
                    assertThat(row.getInt(2)).as("long enough to be compressed").isGreaterThan(2_000);
                    assertThat(row.getString(1)).isEqualTo("lz4");
                }
            }
        }
    }

    private static long count(TestStore test, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
