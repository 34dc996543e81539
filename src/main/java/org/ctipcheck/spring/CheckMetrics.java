package org.ctipcheck.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.ctipcheck.check.CheckListener;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.CheckedSubmission;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.findings.Finding;

/**
 * The check's meters: {@code ctip.checks} (submissions checked, by {@code determination}: the report's, or
 * {@code INVALID_SUBMISSION} / {@code RULE_FAILED}), {@code ctip.check.duration} (each check, by {@code outcome}
 * {@code completed} or {@code failed}), {@code ctip.findings} (findings of the reports issued, by {@code severity}) and
 * {@code ctip.audit.write} (per recording check: from handing its evaluations to the audit log until they are
 * committed, so with group commit it includes the wait for the batch they are written in: the latency recording adds
 * to a check). A retried check answered from the audit log (same idempotency key) is timed but its submission is not
 * counted again.
 */
public final class CheckMetrics implements CheckListener {
    private final MeterRegistry registry;

    public CheckMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void checked(CheckOutcome outcome, Duration took) {
        duration("completed").record(took);
        for (CheckedSubmission submission : outcome.submissions()) {
            if (submission instanceof IssuedReport issued) {
                if (!issued.firstRecorded()) {
                    count(issued.report().result().determination().name());
                    issued.report().result().findings().forEach(this::finding);
                }
            } else {
                count(submission instanceof CheckedSubmission.Refused ? "INVALID_SUBMISSION" : "RULE_FAILED");
            }
        }
    }

    @Override
    public void failed(RuntimeException failure, Duration took) {
        duration("failed").record(took);
    }

    @Override
    public void recorded(int reports, Duration took) {
        Timer.builder("ctip.audit.write")
                .description("A check's evaluations handed to the audit log until committed (incl. group commit wait)")
                .register(registry).record(took);
    }

    private Timer duration(String outcome) {
        return Timer.builder("ctip.check.duration").description("One compliance check, from reading to issuing")
                .tag("outcome", outcome).register(registry);
    }

    private void count(String determination) {
        Counter.builder("ctip.checks").description("Submissions checked, by determination")
                .tag("determination", determination).register(registry).increment();
    }

    private void finding(Finding finding) {
        Counter.builder("ctip.findings").description("Findings of the reports issued, by severity")
                .tag("severity", finding.severity().name()).register(registry).increment();
    }
}
