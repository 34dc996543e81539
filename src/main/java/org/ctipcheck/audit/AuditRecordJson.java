package org.ctipcheck.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.output.SafeCsv;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a recorded evaluation is represented outside the log, for every channel: the JSON of {@code audit show} and
 * of each {@code audit export --format jsonl} line (a screen's row hits streamed a chunk at a time), and the CSV
 * export row.
 */
public final class AuditRecordJson {
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    /** Written straight to the caller's output (which stays open): a record's supply-chain hits stream through. */
    private static final ObjectWriter PRETTY_TO_OUT = PRETTY.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter COMPACT_TO_OUT = COMPACT.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    /** The columns of {@link #csvRow}. */
    public static final String CSV_HEADER = "sequence,evaluation_id,recorded_at,actor,role,organization,award_id,source,"
            + "determination,finding_rule_ids,rule_hits,ruleset_sha256,submission_sha256,previous_hash,content_hash,"
            + "attestation_sha256,supply_chain_rows_read,supply_chain_hits,supply_chain_hits_by_rule";

    private AuditRecordJson() {
    }

    /** Writes the record as JSON (indented or one line), with at most {@code maxHits} supply-chain row hits. */
    public static void write(Writer out, AuditRecord record, AuditQueries queries, long maxHits, boolean pretty) {
        writeJson(pretty ? PRETTY_TO_OUT : COMPACT_TO_OUT, out, record, asJson(record, queries, maxHits));
    }

    /** One line of the CSV export (no line end): the record, with a screen's hits counted by rule. */
    public static String csvRow(AuditRecord record) {
        AuditRecord.SupplyChain screen = record.supplyChain();
        List<String> byRule = new ArrayList<>();
        if (screen != null) {
            screen.hitsByRule().forEach((rule, hits) -> byRule.add(rule + "=" + hits));
        }
        List<String> rules = new ArrayList<>();
        record.findings().forEach(f -> rules.add(f.path("ruleId").asString()));
        // Numbers as numbers (never guarded), everything else as text through the tool's one CSV writer.
        return SafeCsv.row(Arrays.asList(record.sequence(), record.evaluationId(), record.recordedAt(), record.actor(),
                record.role(), record.organization(), record.awardId(), record.source(), record.determination(),
                String.join(";", rules), record.ruleHits().size(), record.rulesetFingerprint(),
                record.submissionSha256(), record.previousHash(), record.contentHash(),
                screen == null ? null : screen.attestationSha256(), screen == null ? null : screen.rowsRead(),
                screen == null ? null : screen.hitCount(), String.join(";", byRule)));
    }

    private static void newlineAndFlush(Writer out) {
        try {
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a record's JSON as its row hits are read. A stored chunk that cannot be read stops the output there
     * and is reported as what it is, an unreadable audit record, not as a JSON error.
     */
    private static void writeJson(ObjectWriter writer, Writer out, AuditRecord record, Map<String, Object> json) {
        try {
            writer.writeValue(out, json);
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuditException unreadable) {
                    newlineAndFlush(out);
                    throw new AuditException("record #" + record.sequence() + " (evaluation " + record.evaluationId()
                            + "): " + unreadable.getMessage() + "; the output stops there (run ctip audit verify)",
                            unreadable);
                }
            }
            throw e;
        }
    }

    /** The record as JSON; a supply-chain screen with at most {@code maxHits} of its row hits. */
    public static Map<String, Object> asJson(AuditRecord record, AuditQueries queries, long maxHits) {
        Map<String, Object> json = asJson(record);
        AuditRecord.SupplyChain screen = record.supplyChain();
        if (screen == null) {
            return json;
        }
        Map<String, Object> supplyChain = new LinkedHashMap<>();
        supplyChain.put("screenId", screen.screenId());
        supplyChain.put("attestation", Map.of("source", screen.source(), "format", screen.format(),
                "sha256", screen.attestationSha256()));
        supplyChain.put("referenceLists", screen.referenceLists());
        supplyChain.put("rowsRead", screen.rowsRead());
        supplyChain.put("rowsEvaluated", screen.rowsEvaluated());
        supplyChain.put("rowsRejected", screen.rowsRejected());
        supplyChain.put("hitsByRule", screen.hitsByRule());
        supplyChain.put("rules", screen.rules());
        supplyChain.put("listFindings", screen.listFindings());
        supplyChain.put("hitCount", screen.hitCount());
        StreamedHits hits = new StreamedHits(queries, screen, maxHits);
        supplyChain.put("hits", hits);
        supplyChain.put("hitsShown", new HitsShown(hits));
        json.put("supplyChain", supplyChain);
        return json;
    }

    /**
     * A screen's row hits in file order, written as they are read, a stored chunk at a time: exporting a screen of
     * millions of hits never holds them all, nor the whole line of JSON.
     */
    private static final class StreamedHits extends Untyped {
        private final AuditQueries queries;
        private final AuditRecord.SupplyChain screen;
        private final long maxHits;
        private long written;

        StreamedHits(AuditQueries queries, AuditRecord.SupplyChain screen, long maxHits) {
            this.queries = queries;
            this.screen = screen;
            this.maxHits = maxHits;
        }

        @Override
        public void serialize(JsonGenerator generator, SerializationContext context) {
            generator.writeStartArray();
            written = 0;
            if (maxHits > 0) {
                try {
                    queries.forEachSupplyChainHit(screen, hit -> {
                        context.writeValue(generator, hit);
                        if (++written >= maxHits) {
                            throw new EnoughHits();
                        }
                    });
                } catch (EnoughHits enough) {
                    // the first maxHits in file order
                }
            }
            generator.writeEndArray();
        }
    }

    /** A value Jackson writes by calling it, never with type information. */
    private abstract static class Untyped extends JacksonSerializable.Base {
        @Override
        public void serializeWithType(JsonGenerator generator, SerializationContext context, TypeSerializer type) {
            serialize(generator, context);
        }
    }

    /** The number of hits written just before it. */
    private static final class HitsShown extends Untyped {
        private final StreamedHits hits;

        HitsShown(StreamedHits hits) {
            this.hits = hits;
        }

        @Override
        public void serialize(JsonGenerator generator, SerializationContext context) {
            generator.writeNumber(hits.written);
        }
    }

    /** Ends reading the chunks once enough hits are shown. */
    private static final class EnoughHits extends RuntimeException {
        EnoughHits() {
            super(null, null, false, false);
        }
    }

    public static Map<String, Object> asJson(AuditRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", record.sequence());
        json.put("evaluationId", record.evaluationId());
        json.put("recordedAt", record.recordedAt());
        json.put("actor", record.actor());
        json.put("role", record.role());
        json.put("organization", record.organization());
        json.put("awardId", record.awardId());
        json.put("source", record.source());
        json.put("evaluationDate", record.evaluationDate());
        json.put("determination", record.determination());
        json.put("ruleset", Map.of("sha256", record.rulesetFingerprint()));
        json.put("referenceEditions", record.referenceEditions());
        json.put("submission", Map.of("sha256", record.submissionSha256(),
                "canonicalJson", COMPACT.readTree(record.canonicalSubmission())));
        json.put("findings", record.findings());
        json.put("ruleHits", record.ruleHits());
        json.put("reportHashes", record.reportHashes());
        json.put("previousHash", record.previousHash());
        json.put("contentHash", record.contentHash());
        return json;
    }
}
