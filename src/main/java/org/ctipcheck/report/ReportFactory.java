package org.ctipcheck.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ctipcheck.evaluation.BuildInfo;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.submission.Award;

/** Puts an evaluation result together with what identifies it: submission hash, ruleset fingerprint, tool, time. */
public final class ReportFactory {
    private final Ruleset ruleset;
    private final Clock clock;

    public ReportFactory(Ruleset ruleset, Clock clock) {
        this.ruleset = ruleset;
        this.clock = clock;
    }

    public EvaluationReport create(ReadSubmission submission, EvaluationResult result) {
        Award award = submission.facts().award();
        return new EvaluationReport(
                new EvaluationReport.ToolInfo("ctip-check", BuildInfo.current().version()),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                new EvaluationReport.SubmissionInfo(submission.source(), submission.format(), submission.sha256(),
                        award.id(), award.instrument().name(), award.agency(),
                        submission.facts().organization().legalName()),
                new EvaluationReport.RulesetInfo(ruleset.fingerprint(), ruleset.rules().size(),
                        ruleset.requirements().size(), ruleset.location()),
                result, ruleset.referenceLists(), null, null);
    }
}
