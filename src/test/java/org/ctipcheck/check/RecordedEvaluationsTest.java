package org.ctipcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read side of the application API every channel shares: recorded evaluations scoped to an organization by
 * its UEI (another organization's is not found), the issued report kept on request and served again byte for
 * byte, and a check scoped to a UEI refusing another organization's submission without recording it.
 */
class RecordedEvaluationsTest {
    private static final Path SAMPLE_01 = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    private static final Path SAMPLE_02 = Path.of("samples/02-housing-without-housing-plan/submission.json");
    private static final String UEI_01 = "MGB4QATAR021";
    private static final String UEI_02 = "HGSS7DJ24K01";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final CheckOptions OPTIONS = CheckOptions.defaults().withEvaluationDate(LocalDate.of(2026, 3, 1));

    @TempDir
    Path folder;

    private Supplier<AuditStore> h2() {
        AuditLocation location = AuditLocation.embedded(folder.resolve("audit"));
        return () -> AuditStore.open(location);
    }

    private IssuedReport check(Path sample, CheckOptions options) {
        CheckOutcome outcome = new ComplianceCheck(TestRules.ruleset(), h2(), AttestationFixture.WORKERS, CLOCK)
                .check(CheckRequest.of(SubmissionInput.file(sample), options));
        assertThat(outcome.refused()).isEmpty();
        return outcome.issued().get(0);
    }

    @Test
    void aKeptReportIsServedAgainByteForByteAndRenderedInOtherFormats() {
        IssuedReport issued = check(SAMPLE_02, OPTIONS.withKeptReport());
        RecordedEvaluations recorded = new RecordedEvaluations(h2());

        RecordedEvaluations.RecordedReport again = recorded.report(issued.report().audit().evaluationId(), null)
                .orElseThrow();

        assertThat(again.json()).isEqualTo(issued.bytes(ReportFormat.JSON));
        assertThat(new String(again.bytes(ReportFormat.PDF), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(recorded.verify(List.of()).intact()).isTrue(); // the kept report is covered by verify
    }

    @Test
    void withoutKeepingTheReportItIsNotThereToServe() {
        IssuedReport issued = check(SAMPLE_02, OPTIONS);

        assertThatThrownBy(() -> new RecordedEvaluations(h2()).report(issued.report().audit().evaluationId(), null))
                .isInstanceOf(RecordedEvaluations.ReportNotKept.class).hasMessageContaining("replay");
    }

    @Test
    void anOrganizationSeesOnlyItsOwnEvaluationsByUei() {
        String meridian = check(SAMPLE_01, OPTIONS.withKeptReport()).report().audit().evaluationId();
        String harbor = check(SAMPLE_02, OPTIONS.withKeptReport()).report().audit().evaluationId();
        RecordedEvaluations recorded = new RecordedEvaluations(h2());

        assertThat(recorded.find(meridian, UEI_01)).isPresent();
        assertThat(recorded.find(meridian, UEI_02)).isEmpty();
        assertThat(recorded.report(meridian, UEI_02)).isEmpty();
        assertThat(recorded.find(harbor, null)).isPresent();
        RecordedEvaluations.Page own = recorded.list(AuditFilter.ALL, UEI_02.toLowerCase(java.util.Locale.ROOT), 0, 10);
        assertThat(own.total()).isEqualTo(1);
        assertThat(own.items().get(0).evaluationId()).isEqualTo(harbor);
        assertThat(recorded.list(AuditFilter.ALL, null, 1, 1).items().get(0).evaluationId()).isEqualTo(harbor);
    }

    @Test
    void aCheckScopedToAUeiRefusesAnotherOrganizationsSubmissionAndRecordsNothing() {
        check(SAMPLE_01, OPTIONS.withOrganizationScope(UEI_01)); // its own: evaluated and recorded

        CheckOutcome outcome = new ComplianceCheck(TestRules.ruleset(), h2(), AttestationFixture.WORKERS, CLOCK)
                .check(CheckRequest.of(SubmissionInput.file(SAMPLE_02), OPTIONS.withOrganizationScope(UEI_01)));

        assertThat(outcome.issued()).isEmpty();
        assertThat(outcome.refused().get(0).problems().get(0).pointer()).isEqualTo("/organization/uei");
        assertThat(new RecordedEvaluations(h2()).list(AuditFilter.ALL, null, 0, 10).total()).isEqualTo(1);
    }
}
