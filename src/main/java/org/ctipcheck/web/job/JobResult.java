package org.ctipcheck.web.job;

/**
 * What a job's evaluation produced: the recorded evaluation's id (null when the service does not record), its
 * determination, and the JSON report (kept only when not recorded: a recorded one is read from the audit log).
 */
public record JobResult(String evaluationId, String determination, byte[] unrecordedReport) {
}
