package org.ctipcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a saved JSON report (one report or an array of them) back, so it can be rendered again. */
public final class JsonReportReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Thrown for a file that is not a ctip JSON report; the message says why, for a person. */
    public static final class NotAReport extends RuntimeException {
        public NotAReport(String message) {
            super(message);
        }
    }

    public List<EvaluationReport> read(Path file) throws IOException {
        String text = Files.readString(file);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new NotAReport(file + ": not JSON (" + readable(e.getOriginalMessage()) + ")");
        }
        List<EvaluationReport> reports = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                reports.add(one(file + " [" + i + "]", root.get(i)));
            }
        } else {
            reports.add(one(file.toString(), root));
        }
        return reports;
    }

    /** One report from its JSON bytes (e.g. as the audit log kept it); {@code where} names it in messages. */
    public EvaluationReport read(String where, byte[] json) {
        try {
            return one(where, MAPPER.readTree(json));
        } catch (JacksonException e) {
            throw new NotAReport(where + ": not JSON (" + readable(e.getOriginalMessage()) + ")");
        }
    }

    /** The reader's words without Jackson's option names or Java class names. */
    static String readable(String message) {
        if (message == null) {
            return "unreadable";
        }
        String cleaned = message.replaceAll("\\s*\\(set `[^)]*\\)", "")
                .replaceAll("`?(java|tools\\.jackson|com\\.fasterxml)\\.[\\w.$]+`?", "a value")
                .replaceAll("\\s+", " ").strip();
        int newline = cleaned.indexOf('\n');
        return newline < 0 ? cleaned : cleaned.substring(0, newline);
    }

    private static EvaluationReport one(String where, JsonNode node) {
        if (node == null || !node.isObject() || !node.has("reportVersion")) {
            throw new NotAReport(where + ": not a ctip JSON report (it has no reportVersion: a check writes one"
                    + " in its JSON format)");
        }
        String version = node.get("reportVersion").asString();
        if (!JsonReport.VERSION.equals(version)) {
            throw new NotAReport(where + ": report version '" + version + "' is not supported (expected '"
                    + JsonReport.VERSION + "')");
        }
        try {
            JsonReport report = MAPPER.treeToValue(node, JsonReport.class);
            if (report.planRequired() == null || report.evaluationDate() == null || report.generatedAt() == null
                    || report.determination() == null || report.submission() == null || report.ruleset() == null) {
                throw new NotAReport(where + ": incomplete report (determination, planRequired, evaluationDate,"
                        + " generatedAt, submission and ruleset are required)");
            }
            return report.toEvaluationReport();
        } catch (JacksonException e) {
            throw new NotAReport(where + ": not a ctip JSON report (" + readable(e.getOriginalMessage()) + ")");
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new NotAReport(where + ": not a ctip JSON report (" + e.getMessage() + ")");
        }
    }
}
