package org.ctipcheck.web.evaluation;

import java.util.EnumSet;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.CheckRequest;
import org.ctipcheck.check.CheckedSubmission;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.problem.InvalidSubmissionException;
import org.ctipcheck.web.problem.RuleFailed;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.stereotype.Service;

/**
 * Submits one submission to the application API on behalf of the authenticated user: the actor and role recorded
 * are the user's, an implementer's check is limited to its own organization (another's submission is refused,
 * not evaluated), and the record keeps the JSON report so that it can be served again.
 */
@Service
class EvaluationSubmissions {
    private final ComplianceCheck check;
    private final CtipProperties properties;
    private final org.springframework.context.ApplicationEventPublisher events;

    EvaluationSubmissions(ComplianceCheck check, CtipProperties properties,
            org.springframework.context.ApplicationEventPublisher events) {
        this.check = check;
        this.properties = properties;
        this.events = events;
    }

    IssuedReport submit(SubmissionInput submission, AttestationSource attestation, EvaluationParameters parameters,
            ServicePrincipal user) {
        return submit(submission, attestation, parameters, user, null);
    }

    /** As above, telling {@code progress} how far the supply-chain screen has got (a job's progress can stop it). */
    IssuedReport submit(SubmissionInput submission, AttestationSource attestation, EvaluationParameters parameters,
            ServicePrincipal user, Progress progress) {
        CheckOptions options = parameters.applyTo(CheckOptions.defaults()
                .withFormats(EnumSet.of(ReportFormat.JSON))
                .withActor(user.getUsername(), user.auditRole())
                .withOrganizationScope(user.organizationScope())
                .withMaxSubmissionBytes(properties.limits().maxSubmissionSize().toBytes())
                .withKeptReport(), user.getUsername());
        CheckOutcome outcome = check.check(new CheckRequest(java.util.List.of(submission), attestation, options, null,
                progress));
        for (CheckedSubmission.Refused refused : outcome.refused()) {
            throw new InvalidSubmissionException(refused.source(), refused.problems());
        }
        for (CheckedSubmission.RuleFailed failed : outcome.ruleFailures()) {
            throw new RuleFailed(failed.ruleId(), failed.message());
        }
        IssuedReport issued = outcome.issued().get(0);
        if (issued.recorded() && !issued.firstRecorded()) { // announced once, not again for an idempotent retry
            events.publishEvent(org.ctipcheck.web.webhook.EvaluationRecorded.of(issued.report().audit().evaluationId(),
                    issued.report().result().determination().name(), user.getUsername(), user.auditRole()));
        }
        return issued;
    }

    boolean records() {
        return check.records();
    }
}
