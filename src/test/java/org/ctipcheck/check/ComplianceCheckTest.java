package org.ctipcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.supplychain.AttestationGenerator;
import org.ctipcheck.supplychain.AttestationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application API as a channel other than the CLI uses it: bytes and streams in, reports and records out. */
class ComplianceCheckTest {
    private static final Path SAMPLE_01 = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    private static final Path SAMPLE_02 = Path.of("samples/02-housing-without-housing-plan/submission.json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final CheckOptions OPTIONS = CheckOptions.defaults().withEvaluationDate(LocalDate.of(2026, 3, 1))
            .withFormats(EnumSet.of(ReportFormat.JSON, ReportFormat.PDF, ReportFormat.CSV));

    @TempDir
    Path folder;

    private ComplianceCheck check(Supplier<AuditStore> auditLog) {
        return new ComplianceCheck(TestRules.ruleset(), auditLog, AttestationFixture.WORKERS, CLOCK);
    }

    private Supplier<AuditStore> h2() {
        AuditLocation location = AuditLocation.embedded(folder.resolve("audit"));
        return () -> AuditStore.open(location);
    }

    @Test
    void checksSubmittedBytesWithoutRecording() throws IOException {
        CheckOutcome outcome = check(null).check(CheckRequest.of(
                SubmissionInput.bytes("upload.json", Files.readAllBytes(SAMPLE_02)), OPTIONS));

        assertThat(outcome.refused()).isEmpty();
        IssuedReport issued = outcome.issued().get(0);
        assertThat(issued.source()).isEqualTo("upload.json");
        assertThat(issued.recorded()).isFalse();
        assertThat(issued.report().result().determination().name()).isEqualTo("NON_COMPLIANT");
        assertThat(outcome.hasFindingAtLeast(org.ctipcheck.findings.Severity.BLOCKER)).isTrue();
        assertThat(new String(issued.bytes(ReportFormat.JSON), StandardCharsets.UTF_8)).contains("\"upload.json\"");
    }

    @Test
    void recordsBeforeIssuingAndIssuesExactlyTheHashedBytes() throws Exception {
        CheckOutcome outcome = check(h2()).check(CheckRequest.of(
                SubmissionInput.stream("bid.yaml", Files.newInputStream(SAMPLE_01)), OPTIONS));

        IssuedReport issued = outcome.issued().get(0);
        assertThat(issued.recorded()).isTrue();
        try (AuditStore store = h2().get()) {
            AuditRecord record = store.queries().find(issued.report().audit().evaluationId()).orElseThrow();
            assertThat(record.sequence()).isEqualTo(issued.report().audit().sequence());
            for (ReportFormat format : OPTIONS.formats()) {
                String key = format.name().toLowerCase(java.util.Locale.ROOT);
                assertThat(record.reportHashes()).containsEntry(key, sha256(issued.bytes(format)));
            }
            assertThat(store.verify(null).intact()).isTrue();
        }
    }

    @Test
    void refusedSubmissionsKeepTheirPlaceAndDoNotHideTheOthers() throws IOException {
        CheckRequest request = new CheckRequest(List.of(
                SubmissionInput.bytes("broken.yaml", "award: [".getBytes(StandardCharsets.UTF_8)),
                SubmissionInput.file(SAMPLE_01),
                SubmissionInput.file(folder.resolve("missing.yaml"))), null, OPTIONS, null, null);

        CheckOutcome outcome = check(h2()).check(request);

        assertThat(outcome.submissions()).hasSize(3);
        assertThat(outcome.submissions().get(0)).isInstanceOf(CheckedSubmission.Refused.class);
        assertThat(outcome.submissions().get(1)).isInstanceOf(IssuedReport.class);
        assertThat(((CheckedSubmission.Refused) outcome.submissions().get(2)).problems().get(0).describe())
                .contains("no such file");
        assertThat(outcome.hasInvalidInput()).isTrue();
        try (AuditStore store = h2().get()) {
            assertThat(store.queries().list(new org.ctipcheck.audit.AuditFilter(null, null, null, null, null))).hasSize(1);
        }
    }

    @Test
    void aSubmissionOutsideTheOrganizationScopeIsRefusedAndNotRecorded() {
        CheckOptions scoped = new CheckOptions(OPTIONS.evaluationDate(), 1, null, OPTIONS.formats(), "alice",
                "implementer", "Some Other Company LLC", null, 0, null, false);

        CheckOutcome outcome = check(h2()).check(CheckRequest.of(SubmissionInput.file(SAMPLE_01), scoped));

        CheckedSubmission.Refused refused = outcome.refused().get(0);
        assertThat(refused.problems().get(0).pointer()).isEqualTo("/organization/legalName");
        assertThat(refused.problems().get(0).message()).contains("Some Other Company LLC");
        assertThat(outcome.issued()).isEmpty();
    }

    @Test
    void theAttestationIsHashedAsItIsReadAndThatHashIsRecorded() throws Exception {
        byte[] attestation = attestation(400);
        CheckRequest request = CheckRequest.of(SubmissionInput.file(SAMPLE_01), OPTIONS)
                .withAttestation(new AttestationSource("suppliers.csv",
                        () -> new ByteArrayInputStream(attestation), attestation.length));

        CheckOutcome outcome = check(h2()).check(request);

        assertThat(outcome.supplyChainFailure()).isNull();
        assertThat(outcome.supplyChain().rowsRead()).isEqualTo(400);
        assertThat(outcome.supplyChain().sha256()).isEqualTo(sha256(attestation));
        try (AuditStore store = h2().get()) {
            AuditRecord record = store.queries()
                    .find(outcome.issued().get(0).report().audit().evaluationId()).orElseThrow();
            assertThat(record.supplyChain().attestationSha256()).isEqualTo(sha256(attestation));
        }
    }

    @Test
    void anyExecutorWorksEvenOneThatRunsTasksOnTheCallingThread() throws Exception {
        byte[] attestation = attestation(3000);
        CheckRequest request = CheckRequest.of(SubmissionInput.file(SAMPLE_01), OPTIONS)
                .withAttestation(new AttestationSource("suppliers.csv",
                        () -> new ByteArrayInputStream(attestation), attestation.length));

        CheckOutcome pooled = check(null).check(request);
        CheckOutcome direct = new ComplianceCheck(TestRules.ruleset(), null, Runnable::run, CLOCK).check(request);

        assertThat(direct.supplyChain()).isEqualTo(pooled.supplyChain());
        assertThat(direct.supplyChain().rowsRead()).isEqualTo(3000);
        java.util.concurrent.ExecutorService single = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            CheckOutcome oneThread = new ComplianceCheck(TestRules.ruleset(), null, single, CLOCK).check(request);
            assertThat(oneThread.supplyChain()).isEqualTo(pooled.supplyChain());
        } finally {
            single.shutdownNow();
        }
        CheckOutcome neverRuns = new ComplianceCheck(TestRules.ruleset(), h2(), task -> { }, CLOCK).check(request);
        assertThat(neverRuns.supplyChain()).isEqualTo(pooled.supplyChain());
        assertThat(neverRuns.issued().get(0).recorded()).isTrue();
    }

    @Test
    void aFailedScreenIsReportedAndTheReportCannotReadAsCompliant() {
        byte[] wrong = "name;country\nAcme;CN\n".getBytes(StandardCharsets.UTF_8);
        CheckRequest request = CheckRequest.of(SubmissionInput.file(SAMPLE_01), OPTIONS)
                .withAttestation(new AttestationSource("suppliers.csv", () -> new ByteArrayInputStream(wrong), wrong.length));

        CheckOutcome outcome = check(null).check(request);

        assertThat(outcome.supplyChainFailure()).startsWith("suppliers.csv:");
        assertThat(outcome.hasInvalidInput()).isTrue();
        org.ctipcheck.report.EvaluationReport report = outcome.issued().get(0).report();
        assertThat(report.supplyChain().failed()).isTrue();
        assertThat(report.supplyChain().listFindings()).extracting(f -> f.rule().id())
                .containsExactly("CTIP-SC-01.not-screened");
        assertThat(report.result().determination()).isEqualTo(org.ctipcheck.findings.Determination.INCOMPLETE);
    }

    @Test
    void anAuditLogThatCannotRecordIssuesNothing() {
        Supplier<AuditStore> broken = () -> {
            throw new AuditException("database unreachable");
        };
        assertThatThrownBy(() -> check(broken).check(CheckRequest.of(SubmissionInput.file(SAMPLE_01), OPTIONS)))
                .isInstanceOf(AuditException.class).hasMessageContaining("unreachable");
    }

    @Test
    void aBrokenRulesetEndsTheCheckEvenWhenNoSubmissionCouldBeRead() {
        ComplianceCheck check = new ComplianceCheck(() -> {
            throw new RulesetException("rules folder nowhere does not exist or is not a folder");
        }, null, Runnable::run, CLOCK, null);
        CheckRequest request = CheckRequest.of(SubmissionInput.bytes("x.yaml", new byte[0]), OPTIONS);

        assertThatThrownBy(() -> check.check(request)).isInstanceOf(RulesetException.class);
    }

    @Test
    void theSameIdempotencyKeyAgainReturnsTheFirstEvaluationAndRecordsNothing() throws Exception {
        CheckOptions keyed = OPTIONS.withFormats(EnumSet.of(ReportFormat.PDF)).withIdempotencyKey("process-42/check-plan");
        CheckRequest request = CheckRequest.of(SubmissionInput.file(SAMPLE_02), keyed);

        IssuedReport first = check(h2()).check(request).issued().get(0);
        IssuedReport again = check(h2()).check(request).issued().get(0);

        assertThat(first.firstRecorded()).isFalse();
        assertThat(again.firstRecorded()).isTrue();
        assertThat(again.report().audit()).isEqualTo(first.report().audit());
        assertThat(again.bytes(ReportFormat.JSON)).isEqualTo(first.bytes(ReportFormat.JSON));
        try (AuditStore store = h2().get()) {
            assertThat(store.queries().list(new org.ctipcheck.audit.AuditFilter(null, null, null, null, null))).hasSize(1);
            AuditRecord record = store.queries().find("1").orElseThrow();
            assertThat(record.reportHashes()).containsEntry("json", sha256(first.bytes(ReportFormat.JSON)))
                    .containsEntry("pdf", sha256(first.bytes(ReportFormat.PDF)));
            assertThat(store.verify(null).intact()).isTrue();
        }
    }

    @Test
    void severalSubmissionsUnderOneKeyAreRecordedOnceEach() {
        CheckOptions keyed = OPTIONS.withIdempotencyKey("batch-7");
        CheckRequest request = new CheckRequest(List.of(SubmissionInput.file(SAMPLE_01), SubmissionInput.file(SAMPLE_02)),
                null, keyed, null, null);

        check(h2()).check(request);
        CheckOutcome again = check(h2()).check(request);

        assertThat(again.issued()).extracting(IssuedReport::firstRecorded).containsExactly(true, true);
        assertThat(again.issued()).extracting(r -> r.report().audit().sequence()).containsExactly(1L, 2L);
        try (AuditStore store = h2().get()) {
            assertThat(store.queries().list(new org.ctipcheck.audit.AuditFilter(null, null, null, null, null))).hasSize(2);
        }
    }

    private static byte[] attestation(int rows) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        new AttestationGenerator(7, 0.05).write(out, rows, false);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
