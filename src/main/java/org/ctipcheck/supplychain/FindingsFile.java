package org.ctipcheck.supplychain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.output.SafeCsv;
import org.ctipcheck.submission.AttestationRow;

/**
 * Streams per-row results to a file, for inputs too large for a report: every rejected row with its reason,
 * and every row with a finding or a risk level above LOW. JSON Lines (.jsonl, .ndjson) writes one object per
 * row; CSV (anything else) one line per finding, with columns {@value #CSV_HEADER}.
 */
public final class FindingsFile implements RowSink {
    static final String CSV_HEADER = "line,supplier_id,risk_level,rule_id,requirement_id,severity,status,message";

    private final Writer out;
    private final boolean json;
    private final org.ctipcheck.output.AtomicFile file;

    private FindingsFile(Writer out, boolean json, org.ctipcheck.output.AtomicFile file) throws IOException {
        this.out = out;
        this.json = json;
        this.file = file;
        if (!json) {
            out.write(CSV_HEADER);
            out.write('\n');
        }
    }

    /**
     * Starts the findings file: written to a temporary file beside it and put in place by {@link #close()}, so a
     * screen that fails ({@link #discard()}) or a full disk leaves no partial file, and a link planted at the name
     * is replaced, not followed.
     */
    public static FindingsFile open(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean json = name.endsWith(".jsonl") || name.endsWith(".ndjson");
        org.ctipcheck.output.AtomicFile file = org.ctipcheck.output.AtomicFile.create(path);
        try {
            return new FindingsFile(new BufferedWriter(new java.io.OutputStreamWriter(file.stream(), StandardCharsets.UTF_8),
                    1 << 16), json, file);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    static FindingsFile to(Writer out, boolean json) throws IOException {
        return new FindingsFile(out, json, null);
    }

    /** Leaves no file: the screen failed, so its per-row findings would be partial. */
    public void discard() {
        if (file != null) {
            file.close();
        }
    }

    @Override
    public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) throws IOException {
        if (findings.isEmpty() && level == RiskLevel.LOW) {
            return;
        }
        if (json) {
            out.write("{\"line\":" + row.line() + ",\"supplierId\":" + quote(row.supplierId()) + ",\"riskLevel\":\""
                    + level + "\",\"findings\":[");
            for (int i = 0; i < findings.size(); i++) {
                RowFinding finding = findings.get(i);
                out.write((i > 0 ? "," : "") + "{\"ruleId\":" + quote(finding.rule().id()) + ",\"requirementId\":"
                        + quote(finding.rule().requirementId()) + ",\"severity\":\"" + finding.severity()
                        + "\",\"status\":\"" + finding.status() + "\",\"message\":" + quote(finding.message()) + "}");
            }
            out.write("]}\n");
            return;
        }
        if (findings.isEmpty()) {
            csvLine(row.line(), row.supplierId(), level.name(), null, null, null, null, null);
        }
        for (RowFinding finding : findings) {
            csvLine(row.line(), row.supplierId(), level.name(), finding.rule().id(), finding.rule().requirementId(),
                    finding.severity().name(), finding.status().name(), finding.message());
        }
    }

    @Override
    public void rejected(long line, String reason) throws IOException {
        if (json) {
            out.write("{\"line\":" + line + ",\"rejected\":" + quote(reason) + "}\n");
        } else {
            csvLine(line, null, "REJECTED", null, null, null, "REJECTED", reason);
        }
    }

    /** One CSV line through the tool's one CSV writer: the line number is a number, every other cell is guarded text. */
    private void csvLine(long line, String supplierId, String level, String ruleId, String requirementId,
            String severity, String status, String message) throws IOException {
        out.write(SafeCsv.row(Arrays.asList(line, supplierId, level, ruleId, requirementId, severity, status, message)));
        out.write('\n');
    }

    /** Puts the complete file in place. */
    @Override
    public void close() throws IOException {
        if (file == null) {
            out.close();
            return;
        }
        try {
            out.flush();
            file.commit();
        } finally {
            file.close();
        }
    }

    /** Plain RFC 4180 quoting without the formula guard, for the attestation generator, whose files are read back. */
    static String csv(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
