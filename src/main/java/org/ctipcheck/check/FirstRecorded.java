package org.ctipcheck.check;

import java.util.Map;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.JsonReportReader;
import org.ctipcheck.report.ReportFormat;

/** The report of a check recorded before under the same idempotency key, as the audit log kept it. */
final class FirstRecorded {
    private FirstRecorded() {
    }

    static IssuedReport report(AuditRecord record) {
        byte[] json = record.issuedJsonReport();
        if (json == null) {
            throw new AuditException("evaluation " + record.evaluationId() + " holds idempotency key "
                    + record.idempotencyKey() + " but not its report; run ctip audit verify");
        }
        EvaluationReport report;
        try {
            report = new JsonReportReader().read("audit record #" + record.sequence(), json);
        } catch (JsonReportReader.NotAReport unreadable) {
            throw new AuditException(unreadable.getMessage() + "; run ctip audit verify", unreadable);
        }
        return new IssuedReport(record.source(), report, Map.of(ReportFormat.JSON, json), true);
    }
}
