package org.ctipcheck.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.Deflater;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * Records a supply-chain screen into the open batch of an {@link AuditWriter} while the screen runs: per-row
 * rule hits are encoded as they arrive and written {@value #CHUNK_HITS} to a deflated chunk row (same
 * transaction, nothing committed until the batch is), so memory stays bounded by one chunk. The attestation's
 * SHA-256 comes with the screen's summary: the screen hashes the bytes it reads. {@link #finish} writes the screen row and the
 * per-rule counts and returns what the evaluation records of the check refer to.
 */
public final class SupplyChainLog implements RowSink {
    static final int CHUNK_HITS = 32_768;
    static final String HASH_TAG = "ctip-audit-supply-chain-v1";

    /** The stored screen that evaluation records refer to, with the editions of the lists it used. */
    public record Recorded(String screenId, String contentHash, List<String> referenceEditions, long hitCount) {
    }

    private final Connection connection;
    /** The batch this screen is recorded in: its sender shares the connection. */
    private final AuditWriter writer;
    private final String screenId = UUID.randomUUID().toString();
    private final Map<String, Integer> ruleNumbers = new HashMap<>();
    private final List<RowFinding> ruleExamples = new ArrayList<>();
    private final List<long[]> ruleCounts = new ArrayList<>();
    private final List<ChunkInfo> chunks = new ArrayList<>();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final PreparedStatement insertChunk;
    private final int hitsPerChunk;
    private byte[] buffer = new byte[1 << 20];
    private int length;
    private int chunkHits;
    private long firstLine;
    private long previousLine;
    private long hitCount;
    private boolean closed;

    private record ChunkInfo(int seq, long firstLine, long lastLine, int hits, String sha256) {
    }

    SupplyChainLog(Connection connection, int hitsPerChunk, AuditWriter writer) throws SQLException {
        this.connection = connection;
        this.writer = writer;
        this.hitsPerChunk = hitsPerChunk;
        this.insertChunk = connection.prepareStatement("insert into audit_supply_chain_chunk (screen_id, chunk_seq,"
                + " first_line, last_line, hit_count, hits) values (?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
        for (int i = 0; i < findings.size(); i++) {
            hit(row.line(), findings.get(i));
        }
    }

    private void hit(long line, RowFinding finding) {
        Integer number = ruleNumbers.get(finding.rule().id());
        if (number == null) {
            number = ruleExamples.size();
            ruleNumbers.put(finding.rule().id(), number);
            ruleExamples.add(finding);
            ruleCounts.add(new long[1]);
        }
        ruleCounts.get(number)[0]++;
        if (chunkHits == 0) {
            firstLine = line;
            previousLine = line;
        }
        ensure(32 + 3 * (finding.supplierId() == null ? 0 : finding.supplierId().length()));
        varint(line - previousLine);
        varint(number);
        buffer[length++] = (byte) finding.status().ordinal();
        if (finding.supplierId() == null) {
            varint(0);
        } else {
            byte[] id = finding.supplierId().getBytes(StandardCharsets.UTF_8);
            varint(id.length + 1L);
            System.arraycopy(id, 0, buffer, length, id.length);
            length += id.length;
        }
        previousLine = line;
        hitCount++;
        if (++chunkHits == hitsPerChunk) {
            writeChunk();
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void varint(long value) {
        while ((value & ~0x7FL) != 0) {
            buffer[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[length++] = (byte) value;
    }

    private void writeChunk() {
        if (chunkHits == 0) {
            return;
        }
        deflater.reset();
        deflater.setInput(buffer, 0, length);
        deflater.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(length / 3 + 64);
        byte[] block = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(block, 0, deflater.deflate(block));
        }
        byte[] compressed = out.toByteArray();
        ChunkInfo chunk = new ChunkInfo(chunks.size() + 1, firstLine, previousLine, chunkHits, Hashing.sha256(compressed));
        writer.beforeLogWrite();
        try {
            insertChunk.setString(1, screenId);
            insertChunk.setInt(2, chunk.seq());
            insertChunk.setLong(3, chunk.firstLine());
            insertChunk.setLong(4, chunk.lastLine());
            insertChunk.setInt(5, chunk.hits());
            insertChunk.setBytes(6, compressed);
            insertChunk.executeUpdate();
        } catch (SQLException e) {
            throw new AuditException("cannot write the supply-chain hits to the audit log: " + AuditStore.firstLine(e), e);
        }
        chunks.add(chunk);
        length = 0;
        chunkHits = 0;
    }

    @Override
    public void rejected(long line, String reason) {
        // counted in the summary; the rows themselves are not rule hits
    }

    /** Writes the last, partial chunk. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            writer.awaitIdle();
            try {
                writeChunk();
            } finally {
                release();
            }
        }
    }

    private void release() {
        deflater.end();
        try {
            insertChunk.close();
        } catch (SQLException ignored) {
            // the statement's work is part of the open transaction either way
        }
    }

    /** The screen failed part way: its chunks leave the batch, which can still be committed without it. */
    public void discard() {
        if (writer.rolledBack()) {
            // the whole batch is gone already, this screen's chunks with it
            if (!closed) {
                closed = true;
                writer.awaitIdle();
                release();
            }
            return;
        }
        close();
        writer.beforeLogWrite();
        try (PreparedStatement delete = connection.prepareStatement("delete from audit_supply_chain_chunk where screen_id = ?")) {
            delete.setString(1, screenId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new AuditException("cannot discard the supply-chain hits of a failed screen: " + AuditStore.firstLine(e), e);
        }
    }

    /** Stores the screen's summary and counts; the hits are already in the batch. */
    public Recorded finish(SupplyChainSummary summary) {
        close();
        String attestationSha256 = summary.sha256();
        if (attestationSha256 == null) {
            throw new IllegalArgumentException("a screen's summary without the SHA-256 of the bytes screened");
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < ruleExamples.size(); i++) {
            RowFinding example = ruleExamples.get(i);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("ruleId", example.rule().id());
            rule.put("requirementId", example.rule().requirementId());
            rule.put("severity", example.severity().name());
            rule.put("columns", SupplyChainColumns.of(example.rule().id()));
            rules.add(rule);
            counts.put(example.rule().id(), ruleCounts.get(i)[0]);
        }
        List<Map<String, Object>> listFindings = new ArrayList<>();
        for (RowFinding finding : summary.listFindings()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ruleId", finding.rule().id());
            json.put("list", finding.supplierId());
            json.put("status", finding.status().name());
            json.put("message", finding.message());
            listFindings.add(json);
        }
        Screen screen = new Screen(screenId, attestationSha256, summary.source(), summary.format(),
                AuditJson.write(summary.lists()), summary.rowsRead(), summary.rowsEvaluated(), summary.rowsRejected(),
                AuditJson.write(rules), AuditJson.write(listFindings), hitCount, chunks.size(), null);
        List<String[]> chunkHashes = new ArrayList<>();
        for (ChunkInfo chunk : chunks) {
            chunkHashes.add(new String[] {Integer.toString(chunk.seq()), Long.toString(chunk.firstLine()),
                    Long.toString(chunk.lastLine()), Integer.toString(chunk.hits()), chunk.sha256()});
        }
        String contentHash = screen.contentHash(chunkHashes, counts);
        writer.beforeLogWrite();
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_supply_chain (screen_id,"
                + " attestation_sha256, source, format, reference_lists, rows_read, rows_evaluated, rows_rejected, rules,"
                + " list_findings, hit_count, chunk_count, content_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rule = connection.prepareStatement(
                     "insert into audit_supply_chain_rule (screen_id, rule_id, hits) values (?, ?, ?)")) {
            int i = 1;
            insert.setString(i++, screen.screenId());
            insert.setString(i++, screen.attestationSha256());
            insert.setString(i++, screen.source());
            insert.setString(i++, screen.format());
            insert.setString(i++, screen.referenceLists());
            insert.setLong(i++, screen.rowsRead());
            insert.setLong(i++, screen.rowsEvaluated());
            insert.setLong(i++, screen.rowsRejected());
            insert.setString(i++, screen.rules());
            insert.setString(i++, screen.listFindings());
            insert.setLong(i++, screen.hitCount());
            insert.setInt(i++, screen.chunkCount());
            insert.setString(i, contentHash);
            insert.executeUpdate();
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                rule.setString(1, screenId);
                rule.setString(2, count.getKey());
                rule.setLong(3, count.getValue());
                rule.addBatch();
            }
            rule.executeBatch();
        } catch (SQLException e) {
            throw new AuditException("cannot write the supply-chain screen to the audit log: " + AuditStore.firstLine(e), e);
        }
        List<String> editions = new ArrayList<>();
        for (ReferenceListEdition list : summary.lists()) {
            editions.add(list.label());
        }
        return new Recorded(screenId, contentHash, editions, hitCount);
    }

    /** One audit_supply_chain row as stored; the writer and the verifier hash it the same way. */
    record Screen(String screenId, String attestationSha256, String source, String format, String referenceLists,
            long rowsRead, long rowsEvaluated, long rowsRejected, String rules, String listFindings, long hitCount,
            int chunkCount, String storedContentHash) {

        /** {@code chunks}: number, first line, last line, hit count and SHA-256 of the stored bytes, in chunk order. */
        String contentHash(List<String[]> chunks, Map<String, Long> countsByRule) {
            Hashing hashing = new Hashing().add(HASH_TAG).add(screenId).add(attestationSha256).add(source).add(format)
                    .add(referenceLists).add(rowsRead).add(rowsEvaluated).add(rowsRejected).add(rules).add(listFindings)
                    .add(hitCount).add(chunkCount).add(chunks.size());
            for (String[] chunk : chunks) {
                for (String field : chunk) {
                    hashing.add(field);
                }
            }
            Map<String, Long> sorted = new TreeMap<>(countsByRule);
            hashing.add(sorted.size());
            sorted.forEach((rule, hits) -> hashing.add(rule).add(hits));
            return hashing.hex();
        }
    }

    /** Decodes one stored chunk into hits, with the screen's rule table (ruleId, requirementId, columns). */
    static List<AuditRecord.SupplyChainHit> decode(byte[] compressed, List<AuditRecord.SupplyChainRule> rules, long firstLine) {
        byte[] bytes;
        try (InputStream in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(compressed))) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new AuditException("a stored supply-chain chunk is not readable: " + e.getMessage(), e);
        }
        List<AuditRecord.SupplyChainHit> hits = new ArrayList<>();
        int[] at = {0};
        long line = firstLine;
        while (at[0] < bytes.length) {
            line += readVarint(bytes, at);
            AuditRecord.SupplyChainRule rule = rules.get((int) readVarint(bytes, at));
            byte status = bytes[at[0]++];
            int idLength = (int) readVarint(bytes, at);
            String supplierId = null;
            if (idLength > 0) {
                supplierId = new String(bytes, at[0], idLength - 1, StandardCharsets.UTF_8);
                at[0] += idLength - 1;
            }
            hits.add(new AuditRecord.SupplyChainHit(line, rule.ruleId(), rule.requirementId(),
                    Status.values()[status].name(), supplierId,
                    rule.columns()));
        }
        return hits;
    }

    private static long readVarint(byte[] bytes, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
