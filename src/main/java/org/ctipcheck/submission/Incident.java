package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * Credible information about trafficking-related conduct and what was done about it (FAR 52.222-50(d)-(f)).
 * "Immediately" runs from the day the contractor had credible information: the day it was found credible when the
 * submission gives it ({@code foundCredibleOn}, not before receipt), else the day it was received. Actions taken
 * are reported "immediately" too ((d)(1)(ii)), counted from {@code actionsTakenOn}.
 */
public record Incident(
        String pointer,
        String id,
        LocalDate receivedOn,
        LocalDate foundCredibleOn,
        String allegation,
        String informationSource,
        LocalDate contractingOfficerNotifiedOn,
        LocalDate inspectorGeneralNotifiedOn,
        String actionsTaken,
        LocalDate actionsTakenOn,
        LocalDate actionsReportedOn,
        Boolean relatesToMultipleContracts,
        Boolean highestValueContractOfficerNotified,
        Boolean planInPlaceAtViolation,
        Boolean remediationTaken,
        Boolean contractingOfficerDirectedAbatement,
        Boolean abatedAsDirected) implements Fact {

    /** This incident as known on {@code day}: notices and reports dated after it have not been given yet. */
    public Incident asOf(LocalDate day) {
        return new Incident(pointer, id, receivedOn, byDay(foundCredibleOn, day), allegation, informationSource,
                byDay(contractingOfficerNotifiedOn, day), byDay(inspectorGeneralNotifiedOn, day), actionsTaken,
                byDay(actionsTakenOn, day), byDay(actionsReportedOn, day), relatesToMultipleContracts,
                highestValueContractOfficerNotified, planInPlaceAtViolation, remediationTaken,
                contractingOfficerDirectedAbatement, abatedAsDirected);
    }

    /** The incident itself, or its notices and report, when dated after {@code day}. */
    public java.util.List<NotYetHappened> notYetHappened(LocalDate day) {
        java.util.List<NotYetHappened> later = new java.util.ArrayList<>();
        if (receivedOn != null && receivedOn.isAfter(day)) {
            later.add(new NotYetHappened(pointer + "/receivedOn", receivedOn, "incident '" + id + "'"));
            return later;
        }
        addIfAfter(later, "contractingOfficerNotifiedOn", contractingOfficerNotifiedOn, day, "the notice to the contracting officer");
        addIfAfter(later, "inspectorGeneralNotifiedOn", inspectorGeneralNotifiedOn, day, "the notice to the Inspector General");
        addIfAfter(later, "foundCredibleOn", foundCredibleOn, day, "the finding that the information is credible");
        addIfAfter(later, "actionsTakenOn", actionsTakenOn, day, "the actions taken");
        addIfAfter(later, "actionsReportedOn", actionsReportedOn, day, "the report of actions taken");
        return later;
    }

    private void addIfAfter(java.util.List<NotYetHappened> later, String field, LocalDate date, LocalDate day, String what) {
        if (date != null && date.isAfter(day)) {
            later.add(new NotYetHappened(pointer + "/" + field, date, what + " of incident '" + id + "'"));
        }
    }

    private static LocalDate byDay(LocalDate date, LocalDate day) {
        return date == null || date.isAfter(day) ? null : date;
    }

    /** The day the time for "immediately" starts: found credible (if given and not before receipt), else received. */
    public LocalDate credibleOn() {
        return foundCredibleOn != null && receivedOn != null && foundCredibleOn.isAfter(receivedOn) ? foundCredibleOn : receivedOn;
    }

    /** "received on 2025-09-02" or "received on 2025-09-02, found credible on 2025-09-05" for messages. */
    public String credibleText() {
        return "received on " + receivedOn + (credibleOn().equals(receivedOn) ? "" : ", found credible on " + credibleOn());
    }

    /** A notice to the contracting officer that was never given and whose limit has passed. */
    public boolean contractingOfficerUnreported(EvaluationContext context) {
        return contractingOfficerNotifiedOn == null && context.overdue(credibleOn());
    }

    /** A notice to the agency Inspector General that was never given and whose limit has passed. */
    public boolean inspectorGeneralUnreported(EvaluationContext context) {
        return inspectorGeneralNotifiedOn == null && context.overdue(credibleOn());
    }

    public boolean unreported(EvaluationContext context) {
        return contractingOfficerUnreported(context) || inspectorGeneralUnreported(context);
    }

    /** Given, but later than "immediately" allows. */
    public boolean contractingOfficerLate(EvaluationContext context) {
        return contractingOfficerNotifiedOn != null && !context.immediate(credibleOn(), contractingOfficerNotifiedOn);
    }

    public boolean inspectorGeneralLate(EvaluationContext context) {
        return inspectorGeneralNotifiedOn != null && !context.immediate(credibleOn(), inspectorGeneralNotifiedOn);
    }

    public boolean notifiedLate(EvaluationContext context) {
        return contractingOfficerLate(context) || inspectorGeneralLate(context);
    }

    /** Who was not told, e.g. "the agency Inspector General". */
    public String unreportedTo(EvaluationContext context) {
        return parties(contractingOfficerUnreported(context), inspectorGeneralUnreported(context));
    }

    /** Who was told late, with the dates. */
    public String lateNotices(EvaluationContext context) {
        StringBuilder late = new StringBuilder();
        if (contractingOfficerLate(context)) {
            late.append("the contracting officer on ").append(contractingOfficerNotifiedOn);
        }
        if (inspectorGeneralLate(context)) {
            late.append(late.length() == 0 ? "" : " and ").append("the agency Inspector General on ").append(inspectorGeneralNotifiedOn);
        }
        return late.toString();
    }

    private static String parties(boolean contractingOfficer, boolean inspectorGeneral) {
        if (contractingOfficer && inspectorGeneral) {
            return "the contracting officer and the agency Inspector General";
        }
        return contractingOfficer ? "the contracting officer" : inspectorGeneral ? "the agency Inspector General" : "";
    }

    /** Actions taken against the employee, subcontractor or agent are recorded. */
    public boolean actionsRecorded() {
        return actionsTaken != null && !actionsTaken.isBlank();
    }

    public boolean actionsReported() {
        return actionsReportedOn != null;
    }

    /** Actions recorded, not reported, and (when the day they were taken is given) the notification window has passed. */
    public boolean actionsReportOverdue(EvaluationContext context) {
        return actionsRecorded() && !actionsReported() && (actionsTakenOn == null || context.overdue(actionsTakenOn));
    }

    /** Actions recorded, not yet reported, but taken within the notification window: not yet due. */
    public boolean actionsReportNotYetDue(EvaluationContext context) {
        return actionsRecorded() && !actionsReported() && !actionsReportOverdue(context);
    }

    /** Reported later than "immediately" after they were taken (only decidable when the day taken is given). */
    public boolean actionsReportedLate(EvaluationContext context) {
        return actionsRecorded() && actionsReported() && actionsTakenOn != null && !context.immediate(actionsTakenOn, actionsReportedOn);
    }

    public boolean multipleContracts() {
        return Boolean.TRUE.equals(relatesToMultipleContracts);
    }

    public boolean singleContract() {
        return Boolean.FALSE.equals(relatesToMultipleContracts);
    }

    public boolean abatementDirected() {
        return Boolean.TRUE.equals(contractingOfficerDirectedAbatement);
    }

    /** Mitigating factors of FAR 52.222-50(f)(1): a plan in place at the time and remedial action taken. */
    public boolean mitigationShown() {
        return Boolean.TRUE.equals(planInPlaceAtViolation) && Boolean.TRUE.equals(remediationTaken);
    }

    public boolean mitigationUnknown() {
        return !mitigationShown() && (planInPlaceAtViolation == null || remediationTaken == null);
    }

    public boolean highestValueOfficerNotTold() {
        return multipleContracts() && Boolean.FALSE.equals(highestValueContractOfficerNotified);
    }

    /** Whether the allegation spans contracts, or whether the highest-value contract's CO was told, is not stated. */
    public boolean highestValueNoticeUnknown() {
        return relatesToMultipleContracts == null || multipleContracts() && highestValueContractOfficerNotified == null;
    }

    public boolean highestValueOfficerTold() {
        return multipleContracts() && Boolean.TRUE.equals(highestValueContractOfficerNotified);
    }

    public boolean notAbated() {
        return abatementDirected() && Boolean.FALSE.equals(abatedAsDirected);
    }

    public boolean abatementOutcomeUnknown() {
        return abatementDirected() && abatedAsDirected == null;
    }
}
