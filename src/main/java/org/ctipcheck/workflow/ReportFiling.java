package org.ctipcheck.workflow;

/** Where a process files a checked submission's PDF report (the contract file, a records system): the host's. */
@FunctionalInterface
public interface ReportFiling {

    /**
     * Files one report.
     *
     * @param evaluationId the audit log's evaluation id
     * @param fileName a file name for it, e.g. {@code ctip-evaluation-<id>.pdf}
     * @param pdf the report as recorded (with its audit stamp)
     * @param processKey the engine's name of the process instance it belongs to
     */
    void file(String evaluationId, String fileName, byte[] pdf, String processKey);
}
