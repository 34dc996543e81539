package org.ctipcheck.workflow;

/** The process variables the check step reads and writes (the same for every engine). */
public final class WorkflowVariables {
    // in
    /** The submission as JSON or YAML text. */
    public static final String SUBMISSION = "ctipSubmission";
    /** Instead of the text: a reference (document id, URL, path) the host's {@link SubmissionResolver} reads. */
    public static final String SUBMISSION_REF = "ctipSubmissionRef";
    /** The submission's name in reports and messages (its extension tells YAML from JSON); optional. */
    public static final String SUBMISSION_NAME = "ctipSubmissionName";
    /** The date the check is made as of, yyyy-mm-dd; optional (today). */
    public static final String EVALUATION_DATE = "ctipEvaluationDate";
    /** The severity from which a finding fails the check (BLOCKER, MAJOR, MINOR, INFO); optional (MAJOR). */
    public static final String FAIL_ON = "ctipFailOn";
    /** Days after credible information within which a notice still counts as immediate; optional. */
    public static final String NOTIFY_WITHIN_DAYS = "ctipNotifyWithinDays";
    /** Who asks for the check and in which role, for the audit log; optional. */
    public static final String ACTOR = "ctipActor";
    public static final String ROLE = "ctipRole";
    /** Only submissions of this organization (SAM.gov UEI or legal name) are checked; optional. */
    public static final String ORGANIZATION = "ctipOrganization";

    // out
    public static final String DETERMINATION = "ctipDetermination";
    /** true, false, or null when undetermined. */
    public static final String PLAN_REQUIRED = "ctipPlanRequired";
    /** REQUIRED, NOT_REQUIRED, OUT_OF_SCOPE or UNDETERMINED. */
    public static final String PLAN_DECISION = "ctipPlanDecision";
    /** A finding at or above {@link #FAIL_ON}. */
    public static final String FAILS = "ctipFails";
    public static final String BLOCKER_COUNT = "ctipBlockerCount";
    public static final String MAJOR_COUNT = "ctipMajorCount";
    public static final String MINOR_COUNT = "ctipMinorCount";
    public static final String INFO_COUNT = "ctipInfoCount";
    /** One line per finding (severity, rule, citation, message, remediation): for a reviewer's task form. */
    public static final String FINDINGS = "ctipFindings";
    /** The audit log's evaluation id; null when checks are not recorded. */
    public static final String EVALUATION_ID = "ctipEvaluationId";
    /** The evaluation and its PDF report on a {@code ctip serve} service, when the host names its base URL. */
    public static final String EVALUATION_URL = "ctipEvaluationUrl";
    public static final String REPORT_URL = "ctipReportUrl";
    /** true when a retried step found its check already recorded and answered with it. */
    public static final String REPLAYED = "ctipReplayed";

    // on a BPMN error
    /** One problem per line, each with its JSON Pointer (and line and column when known). */
    public static final String PROBLEMS = "ctipProblems";
    public static final String ERROR_MESSAGE = "ctipErrorMessage";

    private WorkflowVariables() {
    }
}
