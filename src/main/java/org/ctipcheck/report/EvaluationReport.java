package org.ctipcheck.report;

import java.time.Instant;
import org.ctipcheck.findings.EvaluationResult;

/** What a report renders: the result plus which submission, which ruleset and which tool produced it. */
public record EvaluationReport(
        ToolInfo tool,
        Instant generatedAt,
        SubmissionInfo submission,
        RulesetInfo ruleset,
        EvaluationResult result) {

    public record ToolInfo(String name, String version) {
    }

    public record SubmissionInfo(String source, String format, String sha256, String awardId, String instrument,
            String agency, String organization) {
    }

    public record RulesetInfo(String sha256, int ruleCount, int requirementCount, String location) {
    }
}
