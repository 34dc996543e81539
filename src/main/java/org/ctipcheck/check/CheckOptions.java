package org.ctipcheck.check;

import java.time.Duration;
import java.time.LocalDate;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import java.util.Set;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.intake.SubmissionReader;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.submission.EvaluationContext;

/**
 * How to check, as the channel's user asked.
 *
 * @param evaluationDate the date the check is made as of; null for today (the check's clock)
 * @param notifyWithinDays days after credible information within which a notice still counts as "immediately"
 * @param failOn the severity from which a finding fails the check
 * @param formats the report formats issued (rendered, hashed into the audit record, returned)
 * @param actor who is checking, for the audit log
 * @param role the actor's role, for the audit log
 * @param organizationScope when set, only submissions of this organization are checked: its SAM.gov Unique Entity ID
 *        (12 letters and digits, any case) or its legal name (any case and spacing)
 * @param idempotencyKey when set, a check recorded before with this key is returned instead of recording another
 * @param maxSubmissionBytes the largest submission read
 * @param ruleTimeLimit how long one evaluation's rules (a submission's, or a chunk of attestation rows') may run before
 *        they are stopped and the check fails naming the rule; null for the check's
 *        ({@link ComplianceCheck#withRuleTimeLimit}, else {@link ComplianceEvaluator#DEFAULT_RULE_TIME_LIMIT})
 * @param keepReport whether the audit record keeps the JSON report as issued even without an idempotency key (a
 *        channel that serves recorded reports later, such as the REST service, asks for it); JSON is then issued too
 */
public record CheckOptions(LocalDate evaluationDate, int notifyWithinDays, Severity failOn, Set<ReportFormat> formats,
        String actor, String role, String organizationScope, String idempotencyKey, long maxSubmissionBytes,
        Duration ruleTimeLimit, boolean keepReport) {

    /** The audit log's limits (its columns): checked before anything is evaluated or written. */
    public static final int MAX_ACTOR = 200;
    public static final int MAX_ROLE = 100;
    public static final int MAX_KEY = 190;

    public CheckOptions {
        if (notifyWithinDays < 0) {
            throw new IllegalArgumentException("the notification window must be 0 days or more");
        }
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("at least one report format");
        }
        formats = Set.copyOf(formats);
        failOn = failOn == null ? Severity.MAJOR : failOn;
        actor = actor == null || actor.isBlank() ? "unknown" : actor;
        role = role == null || role.isBlank() ? "unspecified" : role;
        if (actor.length() > MAX_ACTOR) {
            throw new IllegalArgumentException("the actor's name is " + actor.length() + " characters; at most " + MAX_ACTOR);
        }
        if (role.length() > MAX_ROLE) {
            throw new IllegalArgumentException("the role is " + role.length() + " characters; at most " + MAX_ROLE);
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY)) {
            throw new IllegalArgumentException("an idempotency key has 1 to " + MAX_KEY + " characters");
        }
        maxSubmissionBytes = maxSubmissionBytes <= 0 ? SubmissionReader.DEFAULT_MAX_BYTES : maxSubmissionBytes;
        if (ruleTimeLimit != null && (ruleTimeLimit.isNegative() || ruleTimeLimit.isZero())) {
            throw new IllegalArgumentException("the rule time limit must be longer than 0");
        }
    }

    /** Options whose record keeps no report unless an idempotency key is given. */
    public CheckOptions(LocalDate evaluationDate, int notifyWithinDays, Severity failOn, Set<ReportFormat> formats,
            String actor, String role, String organizationScope, String idempotencyKey, long maxSubmissionBytes) {
        this(evaluationDate, notifyWithinDays, failOn, formats, actor, role, organizationScope, idempotencyKey,
                maxSubmissionBytes, null, false);
    }

    /** Today, the default notification window, MAJOR, a JSON report, an unnamed actor. */
    public static CheckOptions defaults() {
        return new CheckOptions(null, EvaluationContext.DEFAULT_NOTIFICATION_DAYS, Severity.MAJOR,
                Set.of(ReportFormat.JSON), null, null, null, null, SubmissionReader.DEFAULT_MAX_BYTES, null, false);
    }

    public CheckOptions withEvaluationDate(LocalDate date) {
        return new CheckOptions(date, notifyWithinDays, failOn, formats, actor, role, organizationScope, idempotencyKey,
                maxSubmissionBytes, ruleTimeLimit, keepReport);
    }

    public CheckOptions withFormats(Set<ReportFormat> chosen) {
        return new CheckOptions(evaluationDate, notifyWithinDays, failOn, chosen, actor, role, organizationScope,
                idempotencyKey, maxSubmissionBytes, ruleTimeLimit, keepReport);
    }

    public CheckOptions withActor(String name, String actorRole) {
        return new CheckOptions(evaluationDate, notifyWithinDays, failOn, formats, name, actorRole, organizationScope,
                idempotencyKey, maxSubmissionBytes, ruleTimeLimit, keepReport);
    }

    public CheckOptions withIdempotencyKey(String key) {
        return new CheckOptions(evaluationDate, notifyWithinDays, failOn, formats, actor, role, organizationScope, key,
                maxSubmissionBytes, ruleTimeLimit, keepReport);
    }

    public CheckOptions withRuleTimeLimit(Duration limit) {
        return new CheckOptions(evaluationDate, notifyWithinDays, failOn, formats, actor, role, organizationScope,
                idempotencyKey, maxSubmissionBytes, limit, keepReport);
    }

    /** Checks only submissions of this organization (its UEI or legal name); the others are refused. */
    public CheckOptions withOrganizationScope(String organization) {
        return new CheckOptions(evaluationDate, notifyWithinDays, failOn, formats, actor, role, organization,
                idempotencyKey, maxSubmissionBytes, ruleTimeLimit, keepReport);
    }

    /** The record keeps the JSON report as issued, for serving it again later. */
    public CheckOptions withKeptReport() {
        return new CheckOptions(evaluationDate, notifyWithinDays, failOn, formats, actor, role, organizationScope,
                idempotencyKey, maxSubmissionBytes, ruleTimeLimit, true);
    }

    public CheckOptions withNotifyWithinDays(int days) {
        return new CheckOptions(evaluationDate, days, failOn, formats, actor, role, organizationScope, idempotencyKey,
                maxSubmissionBytes, ruleTimeLimit, keepReport);
    }

    public CheckOptions withFailOn(Severity severity) {
        return new CheckOptions(evaluationDate, notifyWithinDays, severity, formats, actor, role, organizationScope,
                idempotencyKey, maxSubmissionBytes, ruleTimeLimit, keepReport);
    }

    public CheckOptions withMaxSubmissionBytes(long bytes) {
        return new CheckOptions(evaluationDate, notifyWithinDays, failOn, formats, actor, role, organizationScope,
                idempotencyKey, bytes, ruleTimeLimit, keepReport);
    }
}
