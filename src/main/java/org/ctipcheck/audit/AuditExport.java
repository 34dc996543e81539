package org.ctipcheck.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * {@code ctip audit export} for every channel: the matching records, oldest first, one at a time, as CSV (one line
 * per evaluation, through the tool's one CSV writer with its formula guard) or JSON Lines (one full record per
 * line, every supply-chain row hit included).
 */
public final class AuditExport {
    /** The export formats. */
    public enum Format {
        CSV, JSONL;

        /** {@code csv} or {@code jsonl} in any case; {@link IllegalArgumentException} naming both otherwise. */
        public static Format parse(String name) {
            String chosen = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            return switch (chosen) {
                case "csv" -> CSV;
                case "jsonl" -> JSONL;
                default -> throw new IllegalArgumentException("unknown export format '" + name + "' (expected csv or jsonl)");
            };
        }
    }

    private AuditExport() {
    }

    /** Writes the records {@code filter} matches; the writer is flushed, not closed. */
    public static void write(AuditQueries queries, AuditFilter filter, Format format, Writer out) {
        try {
            if (format == Format.CSV) {
                out.write(AuditRecordJson.CSV_HEADER);
                out.write(System.lineSeparator());
            }
            queries.forEach(filter, record -> {
                try {
                    if (format == Format.JSONL) {
                        AuditRecordJson.write(out, record, queries, Long.MAX_VALUE, false);
                    } else {
                        out.write(AuditRecordJson.csvRow(record));
                    }
                    out.write(System.lineSeparator());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
