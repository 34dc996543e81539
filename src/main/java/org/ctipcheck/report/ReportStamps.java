package org.ctipcheck.report;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit stamp (evaluation id, record number, chain head) back from an issued report, in every format
 * that carries it: JSON (the {@code audit} object; an array of reports gives one stamp each), PDF (custom keys of
 * the document information dictionary), OSCAL (metadata props), and text, CSV and HTML (the stamp's line).
 */
public final class ReportStamps {
    public static final String PDF_EVALUATION_ID = "CtipAuditEvaluationId";
    public static final String PDF_SEQUENCE = "CtipAuditSequence";
    public static final String PDF_CHAIN_HEAD = "CtipAuditChainHead";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** As the text, CSV and HTML reports print it: "evaluation ID (#N)" then, shortly after, "chain head HASH". */
    private static final Pattern PRINTED = Pattern.compile("(?is)evaluation\\W{0,40}?(?:<[^>]{0,40}>\\W{0,5}){0,4}("
            + UUID + ") \\(#(\\d+)\\).{0,200}?chain head\\W{0,5}(?:<[^>]{0,40}>\\W{0,5}){0,4}([0-9a-f]{64})");

    /** One report's stamp. */
    public record Stamp(String evaluationId, long sequence, String chainHead) {
    }

    /** What a report file carries: its format, its stamps (one per report in it) and the file's SHA-256. */
    public record Stamped(String format, List<Stamp> stamps, String sha256) {
    }

    /** The file is not a report, or carries no stamp; the message says which file and why, for a person. */
    public static final class NoStamp extends RuntimeException {
        public NoStamp(String message) {
            super(message);
        }
    }

    private ReportStamps() {
    }

    public static Stamped read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoStamp(file + ": no such file");
        } catch (IOException e) {
            throw new NoStamp(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return read(file.toString(), bytes);
    }

    public static Stamped read(String source, byte[] bytes) {
        String sha256 = sha256(bytes);
        if (startsWith(bytes, "%PDF-")) {
            return new Stamped("pdf", List.of(pdf(source, bytes)), sha256);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(source, text, sha256);
        }
        Matcher printed = PRINTED.matcher(text);
        if (printed.find()) {
            return new Stamped(start.startsWith("<") ? "html" : "text or csv", List.of(
                    new Stamp(printed.group(1), Long.parseLong(printed.group(2)), printed.group(3))), sha256);
        }
        throw new NoStamp(source + ": not a ctip report with an audit stamp (expected a JSON, PDF, OSCAL, text, CSV"
                + " or HTML report written by ctip check, or a head written by ctip audit head)");
    }

    private static Stamp pdf(String source, byte[] bytes) {
        Map<String, String> info;
        try {
            PdfReader reader = new PdfReader(bytes);
            info = reader.getInfo();
            reader.close();
        } catch (IOException | RuntimeException e) {
            throw new NoStamp(source + ": not a readable PDF (" + e.getMessage() + ")");
        }
        String id = info.get(PDF_EVALUATION_ID);
        String sequence = info.get(PDF_SEQUENCE);
        String head = info.get(PDF_CHAIN_HEAD);
        if (id == null || sequence == null || head == null) {
            throw new NoStamp(source + ": this PDF carries no audit stamp in its document properties (a report issued"
                    + " with --no-audit, by an earlier version, or not by ctip; use the JSON report, or the record"
                    + " number and chain head on its cover with ctip audit show)");
        }
        return stamp(source, id, sequence, head);
    }

    private static Stamped json(String source, String text, String sha256) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new NoStamp(source + ": not a ctip report (not JSON: " + e.getOriginalMessage() + ")");
        }
        if (root != null && root.has("assessment-results")) {
            return new Stamped("oscal", List.of(oscal(source, root.path("assessment-results"))), sha256);
        }
        List<Stamp> stamps = new ArrayList<>();
        List<JsonNode> reports = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(reports::add);
        } else {
            reports.add(root);
        }
        for (JsonNode report : reports) {
            if (report == null || !report.isObject() || !report.has("reportVersion")) {
                throw new NoStamp(source + ": not a ctip JSON report (no reportVersion)");
            }
            JsonNode audit = report.path("audit");
            if (!audit.isObject()) {
                throw new NoStamp(source + ": this report carries no audit stamp (it was issued with --no-audit)");
            }
            stamps.add(stamp(source, audit.path("evaluationId").asString(null), text(audit.path("sequence")),
                    audit.path("chainHead").asString(null)));
        }
        return new Stamped("json", stamps, sha256);
    }

    private static String text(JsonNode node) {
        return node.isNumber() ? Long.toString(node.asLong()) : node.isString() ? node.asString() : null;
    }

    private static Stamp oscal(String source, JsonNode results) {
        String id = null;
        String sequence = null;
        String head = null;
        for (JsonNode prop : results.path("metadata").path("props")) {
            String value = prop.path("value").asString(null);
            switch (prop.path("name").asString("")) {
                case "audit-evaluation-id" -> id = value;
                case "audit-sequence" -> sequence = value;
                case "audit-chain-head" -> head = value;
                default -> {
                    // other metadata
                }
            }
        }
        if (id == null) {
            throw new NoStamp(source + ": this OSCAL report carries no audit stamp (it was issued with --no-audit)");
        }
        return stamp(source, id, sequence, head);
    }

    private static Stamp stamp(String source, String id, String sequence, String head) {
        if (id == null || sequence == null || head == null || !sequence.matches("\\d{1,18}")
                || !head.matches("[0-9a-f]{64}")) {
            throw new NoStamp(source + ": the report's audit stamp is incomplete or malformed (evaluation id, record"
                    + " number and a 64-digit chain head are needed)");
        }
        return new Stamp(id, Long.parseLong(sequence), head);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
