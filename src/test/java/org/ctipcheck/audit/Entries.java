package org.ctipcheck.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.intake.InvalidSubmission;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionReader;

/** Audit entries made from real evaluations of the samples, under the project's rules. */
final class Entries {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static List<AuditEntry> samples;

    private Entries() {
    }

    static synchronized List<AuditEntry> samples() {
        if (samples == null) {
            List<AuditEntry> entries = new ArrayList<>();
            try (Stream<Path> files = Files.walk(Path.of("samples"))) {
                for (Path file : files.filter(p -> p.getFileName().toString().startsWith("submission.")).sorted().toList()) {
                    entries.add(of(new SubmissionReader().read(file), TestRules.ruleset()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidSubmission e) {
                throw new IllegalStateException(e);
            }
            samples = List.copyOf(entries);
        }
        return samples;
    }

    static AuditEntry sample(int index) {
        return samples().get(index % samples().size());
    }

    static AuditEntry of(ReadSubmission submission, Ruleset ruleset) {
        EvaluationResult result = TestRules.evaluator().evaluate(submission.facts(), AS_OF);
        return new AuditEntry(Instant.parse("2026-03-01T10:00:00Z"), "alice", "contracting-officer",
                submission.facts().organization().legalName(), submission.facts().award().id(), submission.source(),
                submission.sha256(), submission.canonicalJson(), ruleset.fingerprint(), ruleset.sources(), List.of(),
                AS_OF, result.determination(), result.findings(), result.ruleHits(),
                Map.of("json", AuditEntry.reportHash("{}")));
    }

    /** Writes the given entries as one committed batch; returns the stamps. */
    static List<AuditStamp> write(AuditStore store, List<AuditEntry> entries) {
        List<AuditStamp> stamps = new ArrayList<>();
        try (AuditWriter writer = store.writer()) {
            for (AuditEntry entry : entries) {
                AuditStamp stamp = writer.next();
                writer.append(stamp, entry);
                stamps.add(stamp);
            }
            writer.commit();
        }
        return stamps;
    }

    static List<AuditStamp> writeSamples(AuditStore store, int count) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(sample(i));
        }
        return write(store, entries);
    }
}
