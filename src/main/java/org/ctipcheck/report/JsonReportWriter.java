package org.ctipcheck.report;

import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes reports as pretty-printed JSON; numbers as plain decimals, dates as ISO-8601 text. */
public final class JsonReportWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public String write(EvaluationReport report) {
        return MAPPER.writeValueAsString(JsonReport.of(report)) + "\n";
    }

    /**
     * The same report as UTF-8 bytes, written straight to bytes: no String of the whole report to build and encode
     * again (a sixth of ctip serve's CPU per evaluation was that, issue 15).
     */
    public void write(EvaluationReport report, java.io.OutputStream out) throws java.io.IOException {
        out.write(MAPPER.writeValueAsBytes(JsonReport.of(report)));
        out.write('\n');
    }

    public String writeAll(List<EvaluationReport> reports) {
        return MAPPER.writeValueAsString(reports.stream().map(JsonReport::of).toList()) + "\n";
    }
}
