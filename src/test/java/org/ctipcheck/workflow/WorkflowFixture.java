package org.ctipcheck.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditSummary;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.fixtures.TestRules;

/** A recorded check on an embedded H2 audit log in a test's folder, the samples as text, and a filing cabinet. */
public final class WorkflowFixture {
    public static final String EVALUATION_DATE = "2026-03-01";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private final Supplier<AuditStore> auditLog;

    public WorkflowFixture(Path folder) {
        AuditLocation location = AuditLocation.embedded(folder.resolve("audit"));
        this.auditLog = () -> AuditStore.open(location);
    }

    public ComplianceCheck check() {
        return new ComplianceCheck(TestRules.ruleset(), auditLog, Runnable::run, CLOCK);
    }

    public WorkflowCheckStep step() {
        return new WorkflowCheckStep(check(), null, new ReportLinks("https://ctip.example.gov/api/v1/"), null);
    }

    public RecordedEvaluations evaluations() {
        return new RecordedEvaluations(auditLog);
    }

    public List<AuditSummary> records() {
        try (AuditStore store = auditLog.get()) {
            return store.queries().list(AuditFilter.ALL);
        }
    }

    /** sample 01: COMPLIANT; 02: NON_COMPLIANT (BLOCKER); 15: COMPLIANT_WITH_OBSERVATIONS. */
    public static String sample(String folder) {
        try (var files = Files.list(Path.of("samples", folder))) {
            Path submission = files.filter(f -> f.getFileName().toString().startsWith("submission.")).findFirst()
                    .orElseThrow();
            return Files.readString(submission, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filing cabinet that fails the first {@code failures} times it is asked, as a records system that is down. */
    public static final class Cabinet implements ReportFiling {
        public record Filed(String evaluationId, String fileName, byte[] pdf, String processKey) {
        }

        public final List<Filed> filed = new ArrayList<>();
        private int failures;

        public Cabinet failingFirst(int times) {
            failures = times;
            return this;
        }

        @Override
        public synchronized void file(String evaluationId, String fileName, byte[] pdf, String processKey) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("the contract file is not reachable");
            }
            filed.add(new Filed(evaluationId, fileName, pdf, processKey));
        }
    }
}
