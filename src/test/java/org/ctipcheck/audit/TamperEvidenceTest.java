package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ctipcheck.audit.ChainVerification.Problem;
import org.ctipcheck.audit.TestStore.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ctip audit verify names the first record modified, deleted, inserted or reordered, on H2 and PostgreSQL. */
class TamperEvidenceTest {
    private static final String TABLES_BY_SEQ = "audit_evaluation:seq,audit_rule_hit:evaluation_seq:hit_key,audit_finding:evaluation_seq:finding_key";

    @TempDir
    Path folder;

    private TestStore storeWithFourRecords(Backend backend) {
        TestStore test = TestStore.create(backend, folder);
        try (AuditStore store = test.open()) {
            Entries.writeSamples(store, 2);
            Entries.writeSamples(store, 2);
            assertThat(store.verify(null).intact()).isTrue();
        }
        return test;
    }

    private static ChainVerification verify(TestStore test) {
        try (AuditStore store = test.open()) {
            return store.verify(null);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUntouchedLogVerifies(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            ChainVerification result = verify(test);
            assertThat(result.intact()).as(result.message()).isTrue();
            assertThat(result.records()).isEqualTo(4);
            assertThat(result.checkpoints()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aModifiedRecordIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper("update audit_evaluation set determination = 'COMPLIANT' where seq = 2");
            assertProblem(verify(test), Problem.MODIFIED, 2);
        }
    }

    /** Issue 15: the UEI column decides which implementer reads a record; it is checked against the hashed submission. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordMovedToAnotherOrganizationByItsUeiColumnIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper("update audit_evaluation set organization_uei = 'ZZZZ99999999' where seq = 3");
            ChainVerification result = verify(test);
            assertProblem(result, Problem.MODIFIED, 3);
            assertThat(result.message()).contains("organization_uei").contains("\"ZZZZ99999999\"")
                    .contains("\"MGB4QATAR021\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aUeiColumnClearedOrSetWhereTheSubmissionNamesNoneIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper("update audit_evaluation set organization_uei = null where seq = 1");
            ChainVerification cleared = verify(test);
            assertProblem(cleared, Problem.MODIFIED, 1);
            assertThat(cleared.message()).contains("says none").contains("\"MGB4QATAR021\"");
            test.tamper("update audit_evaluation set organization_uei = 'MGB4QATAR021' where seq = 1");
            assertThat(verify(test).intact()).as("the column put back as it was").isTrue();
            AuditEntry sample = Entries.sample(0);
            String withoutUei = sample.canonicalSubmission().replace("\"uei\":\"MGB4QATAR021\"", "\"ueiNote\":\"none\"");
            assertThat(withoutUei).isNotEqualTo(sample.canonicalSubmission());
            try (AuditStore store = test.open()) {
                Entries.write(store, List.of(new AuditEntry(sample.recordedAt(), sample.actor(), sample.role(),
                        sample.organization(), sample.awardId(), sample.source(), sample.submissionSha256(), withoutUei,
                        sample.rulesetFingerprint(), sample.ruleFiles(), sample.referenceEditions(),
                        sample.evaluationDate(), sample.determination(), sample.findings(), sample.ruleHits(),
                        sample.reportHashes())));
            }
            assertThat(verify(test).intact()).as("a record whose submission names no UEI, column empty").isTrue();
            test.tamper("update audit_evaluation set organization_uei = 'MGB4QATAR021' where seq = 5");
            ChainVerification set = verify(test);
            assertProblem(set, Problem.MODIFIED, 5);
            assertThat(set.message()).contains("names UEI none");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRemovedRuleHitIsAModificationOfItsRecord(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper("delete from audit_rule_hit where evaluation_seq = 3 and hit_seq = 1");
            assertProblem(verify(test), Problem.MODIFIED, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDeletedRecordIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper(deleteRecord(2));
            assertProblem(verify(test), Problem.DELETED, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDeletedRecordWhoseSuccessorsWereRenumberedIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper(deleteRecord(2));
            test.tamper(move(3, 2));
            test.tamper(move(4, 3));
            assertProblem(verify(test), Problem.DELETED, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDeletedLastRecordIsCaughtByTheSignedCheckpoint(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper(deleteRecord(4));
            assertProblem(verify(test), Problem.DELETED, 4);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordInsertedBetweenTwoOthersIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper(move(4, 5));
            test.tamper(move(3, 4));
            test.tamper("insert into audit_evaluation select 3, 'forged-evaluation', recorded_at, actor, actor_role,"
                    + " organization, award_id, source, submission_sha256, submission_gz, ruleset_fingerprint,"
                    + " reference_editions, evaluation_date, 'COMPLIANT', findings, report_hashes, previous_hash,"
                    + " content_hash, supply_chain_id, idempotency_key, report_json_gz, organization_uei"
                    + " from audit_evaluation where seq = 1");
            assertProblem(verify(test), Problem.INSERTED, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordAppendedWithCorrectHashesButNoSignedCheckpointIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            try (AuditStore store = test.open()) {
                Entries.writeSamples(store, 1);
            }
            // someone who can compute hashes but does not have the signing key
            test.tamper("delete from audit_checkpoint where record_count = 5");
            assertProblem(verify(test), Problem.INSERTED, 5);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reorderedRecordsAreNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper(move(2, 1002));
            test.tamper(move(3, 2));
            test.tamper(move(1002, 3));
            assertProblem(verify(test), Problem.REORDERED, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aForgedCheckpointIsNamed(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            test.tamper("update audit_checkpoint set head_hash = '" + "1".repeat(64) + "' where record_count = 2");
            assertProblem(verify(test), Problem.BAD_CHECKPOINT, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChainRewrittenFromAModifiedRecordOnIsCaughtByTheCheckpoints(Backend backend) {
        try (TestStore test = storeWithFourRecords(backend)) {
            // rewriting record 4's content hash and nothing after it: the link holds, the checkpoint does not
            test.tamper("update audit_evaluation set determination = 'COMPLIANT' where seq = 4");
            try (AuditStore store = test.open()) {
                String recomputed = recomputedContentHash(store, 4);
                test.tamper("update audit_evaluation set content_hash = '" + recomputed + "' where seq = 4");
            }
            ChainVerification result = verify(test);
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo(Problem.MODIFIED);
            assertThat(result.message()).contains("#3").contains("#4");
        }
    }

    private static String recomputedContentHash(AuditStore store, long seq) {
        AuditRecord record = store.queries().find(Long.toString(seq)).orElseThrow();
        List<StoredRecord.HitRow> hits = record.ruleHits().stream().map(h -> new StoredRecord.HitRow(h.sequence(), h.ruleId(),
                h.requirementId(), h.outcome(), AuditJson.write(h.matched()))).toList();
        List<StoredRecord.FindingRow> findings = new java.util.ArrayList<>();
        int n = 0;
        for (var finding : record.findings()) {
            findings.add(new StoredRecord.FindingRow(++n, finding.path("ruleId").asString(),
                    finding.path("requirementId").asString(), finding.path("severity").asString(),
                    finding.path("status").asString()));
        }
        return new StoredRecord(seq, record.evaluationId(), record.recordedAt(), record.actor(), record.role(),
                record.organization(), record.awardId(), record.source(), record.submissionSha256(),
                AuditJson.gzip(record.canonicalSubmission()), record.rulesetFingerprint(),
                AuditJson.write(record.referenceEditions()), record.evaluationDate(), record.determination(),
                AuditJson.write(record.findings()), StoredRecord.reportHashesJson(record.reportHashes()),
                record.previousHash(), record.contentHash(), hits, findings).contentHash();
    }

    private static void assertProblem(ChainVerification result, Problem problem, long sequence) {
        assertThat(result.intact()).as(result.message()).isFalse();
        assertThat(result.problem()).as(result.message()).isEqualTo(problem);
        assertThat(result.problemSequence()).as(result.message()).isEqualTo(sequence);
        assertThat(result.message()).contains("#" + sequence);
    }

    private static String[] deleteRecord(long seq) {
        return new String[] {"delete from audit_rule_hit where evaluation_seq = " + seq,
                "delete from audit_finding where evaluation_seq = " + seq,
                "delete from audit_evaluation where seq = " + seq};
    }

    /** Moves a record with its rule hits and findings (and their keys) to another sequence number. */
    private static String[] move(long from, long to) {
        return java.util.Arrays.stream(TABLES_BY_SEQ.split(",")).map(pair -> pair.split(":"))
                .map(pair -> "update " + pair[0] + " set " + pair[1] + " = " + to
                        + (pair.length > 2 ? ", " + pair[2] + " = " + pair[2] + " + " + (to - from) + " * 1048576" : "")
                        + " where " + pair[1] + " = " + from)
                .toArray(String[]::new);
    }
}
