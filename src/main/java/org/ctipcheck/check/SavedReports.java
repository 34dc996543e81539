package org.ctipcheck.check;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.report.EvaluationReport;

/**
 * Whether a saved JSON report may be rendered again under the audit stamp it carries: a report edited by hand
 * (findings removed, determination changed) must not come out as an official-looking PDF naming a real record.
 */
public final class SavedReports {
    private SavedReports() {
    }

    /** What checking a saved report against the audit log found. */
    public sealed interface Verdict permits Matches, Differs, Unchecked {
    }

    /** The report is the one recorded (or carries no stamp, so it claims no record). */
    public record Matches() implements Verdict {
    }

    /** The report is not what the log recorded under its stamp: it is not rendered. */
    public record Differs(String reason) implements Verdict {
    }

    /** It could not be checked: rendered, marked as an unverified copy in every format. */
    public record Unchecked(String reason) implements Verdict {
    }

    /**
     * Checks {@code report}, read from {@code savedJson} (the file's bytes when it holds this one report alone, else
     * null), against the record its stamp names in {@code auditLog} (null when no log is at hand).
     */
    public static Verdict check(EvaluationReport report, byte[] savedJson, Supplier<AuditStore> auditLog) {
        EvaluationReport.AuditInfo stamp = report.audit();
        if (stamp == null) {
            return new Matches();
        }
        if (auditLog == null) {
            return new Unchecked("no audit log was given to check it against");
        }
        try (AuditStore store = auditLog.get()) {
            Optional<AuditRecord> found = store.queries().find(stamp.evaluationId());
            if (found.isEmpty()) {
                return new Unchecked("evaluation " + stamp.evaluationId() + " is not in the audit log "
                        + store.location().describe());
            }
            return compare(report, savedJson, found.get());
        } catch (AuditException e) {
            return new Unchecked("the audit log could not be read (" + e.getMessage() + ")");
        }
    }

    private static Verdict compare(EvaluationReport report, byte[] savedJson, AuditRecord record) {
        EvaluationReport.AuditInfo stamp = report.audit();
        if (record.sequence() != stamp.sequence() || !record.previousHash().equals(stamp.chainHead())) {
            return new Differs("its stamp (#" + stamp.sequence() + ", chain head " + stamp.chainHead()
                    + ") is not where the audit log holds evaluation " + stamp.evaluationId() + " (#" + record.sequence() + ")");
        }
        String recordedJson = record.reportHashes().get("json");
        if (savedJson != null && recordedJson != null) {
            return recordedJson.equals(sha256(savedJson)) ? new Matches()
                    : new Differs("it was changed after it was issued: its SHA-256 is not the one the audit log recorded"
                            + " for evaluation " + stamp.evaluationId());
        }
        if (!record.determination().equals(report.result().determination().name())
                || !findings(record).equals(findings(report))) {
            return new Differs("its determination or findings are not those the audit log recorded for evaluation "
                    + stamp.evaluationId());
        }
        return new Unchecked("the audit log holds no hash of this JSON report to compare it with (its determination"
                + " and findings match the record)");
    }

    private static List<String> findings(AuditRecord record) {
        List<String> ids = new java.util.ArrayList<>();
        record.findings().forEach(f -> ids.add(f.path("ruleId").asString() + " " + f.path("severity").asString()));
        return ids;
    }

    private static List<String> findings(EvaluationReport report) {
        return report.result().findings().stream().map(f -> f.ruleId() + " " + f.severity().name()).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
