package org.ctipcheck.samplehost;

import java.nio.file.Path;
import java.time.LocalDate;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.CheckRequest;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.findings.Determination;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The host's own use case: before an award, check the offeror's compliance plan and keep the determination with the
 * contract. The check is recorded in ctip-check's audit log (before the report is issued) and the host keeps the
 * evaluation id that points into it; the contract number is the idempotency key, so a retried review records once.
 */
@Service
public class PreAwardReview {
    private final ComplianceCheck check;
    private final JdbcTemplate database;

    public PreAwardReview(ComplianceCheck check, JdbcTemplate database) {
        this.check = check;
        this.database = database;
    }

    /** What the review decided, as the host keeps it. */
    public record Decision(String contractNumber, Determination determination, String evaluationId) {
    }

    public Decision review(String contractNumber, Path submission, LocalDate asOf) {
        CheckOutcome outcome = check.check(CheckRequest.of(SubmissionInput.file(submission), CheckOptions.defaults()
                .withEvaluationDate(asOf).withActor("pre-award-review", "CONTRACTING_OFFICER")
                .withIdempotencyKey("contract:" + contractNumber)));
        if (outcome.issued().isEmpty()) {
            throw new IllegalArgumentException(submission + " is not a submission that can be checked: "
                    + outcome.submissions());
        }
        IssuedReport issued = outcome.issued().get(0);
        Decision decision = new Decision(contractNumber, issued.report().result().determination(),
                issued.report().audit().evaluationId());
        if (!issued.firstRecorded()) {
            database.update("insert into contract_review (contract_number, determination, evaluation_id) values (?, ?, ?)",
                    decision.contractNumber(), decision.determination().name(), decision.evaluationId());
        }
        return decision;
    }
}
