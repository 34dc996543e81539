package org.ctipcheck.report;

import java.time.LocalDate;
import java.util.List;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;
import org.ctipcheck.submission.ReferenceListEdition;

/** Words the document reports (PDF, HTML) share, so they say the same thing the same way. */
public final class Labels {
    private Labels() {
    }

    /** Printed with the audit stamp, on every page and in every format, on a copy not checked against the log. */
    public static final String UNVERIFIED_COPY = "UNVERIFIED COPY: rendered again from a saved JSON report that was not"
            + " checked against the audit log";

    /** " - UNVERIFIED COPY: ..." for an unverified copy, else "". */
    public static String copyNote(EvaluationReport.AuditInfo audit) {
        return audit != null && audit.isUnverifiedCopy() ? " - " + UNVERIFIED_COPY : "";
    }

    public static String determination(Determination determination) {
        switch (determination) {
            case NON_COMPLIANT: return "Non-compliant";
            case COMPLIANT_WITH_OBSERVATIONS: return "Compliant with observations";
            case INCOMPLETE: return "Incomplete: evidence could not be examined";
            default: return "Compliant";
        }
    }

    public static String planRequired(PlanDecision decision) {
        switch (decision.outcome()) {
            case REQUIRED: return "Yes";
            case NOT_REQUIRED: return "No";
            case OUT_OF_SCOPE: return "Not under the FAR";
            default: return "Undetermined";
        }
    }

    public static String status(Status status) {
        switch (status) {
            case NOT_MET: return "Not met";
            case NEEDS_REVIEW: return "Needs review";
            case MET: return "Met";
            case MET_WITH_ADVICE: return "Met, with advice";
            default: return "Not applicable";
        }
    }

    /** The severity as a word the reader sees, never only a colour; review items say so instead. */
    public static String severity(Finding finding) {
        return finding.status() == Status.NEEDS_REVIEW ? "REVIEW" : finding.severity().name();
    }

    public static String confidence(Confidence confidence) {
        return confidence == null || confidence == Confidence.VERIFIED ? ""
                : "Legal basis " + confidence.name().toLowerCase() + ": " + confidence.meaning();
    }

    public static String evidence(Evidence evidence) {
        return evidence.pointer() + (evidence.value() == null ? " (not given)" : " = " + evidence.value());
    }

    /** The distinct source-document references (plan page, section, quote) behind a list of evidence. */
    public static List<String> documents(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::documentReference).filter(ref -> ref != null).distinct().toList();
    }

    public static String title(EvaluationReport report) {
        return "C-TIP compliance findings: award " + report.submission().awardId();
    }

    /** A reference list's edition and date, e.g. "2025 TIP Report, as of 2025-09-29". */
    public static String listEdition(ReferenceListEdition list) {
        return (list.edition() == null ? "edition unknown" : list.edition())
                + (list.asOf() == null ? "" : ", as of " + list.asOf());
    }

    /** Why a list needs care on the evaluation date: "STALE (…)", "PARTIAL", both, or "" for a current, whole list. */
    public static String listFlags(ReferenceListEdition list, LocalDate evaluationDate) {
        String stale = list.staleOn(evaluationDate)
                ? "STALE (older than " + list.staleAfterMonths() + " months on " + evaluationDate + ")" : "";
        String partial = list.partial() ? "PARTIAL" : "";
        return stale.isEmpty() ? partial : partial.isEmpty() ? stale : stale + "; " + partial;
    }
}
