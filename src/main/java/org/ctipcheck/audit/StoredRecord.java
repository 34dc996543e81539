package org.ctipcheck.audit;

import java.util.List;
import java.util.TreeMap;

/**
 * One evaluation exactly as stored, column by column; {@link #contentHash()} is computed from these values, so
 * the writer and the verifier hash the same thing.
 */
record StoredRecord(
        long seq,
        String evaluationId,
        String recordedAt,
        String actor,
        String role,
        String organization,
        String awardId,
        String source,
        String submissionSha256,
        byte[] submissionGz,
        String rulesetFingerprint,
        String referenceEditions,
        String evaluationDate,
        String determination,
        String findings,
        String reportHashes,
        String previousHash,
        String storedContentHash,
        List<HitRow> hits,
        List<FindingRow> findingRows,
        String supplyChainId,
        String supplyChainHash,
        String idempotencyKey,
        byte[] reportJsonGz) {

    /** Rows of one record are numbered below this; their key is evaluation_seq * ROWS_PER_RECORD + number. */
    static final long ROWS_PER_RECORD = 1L << 20;

    /** A record without a supply-chain screen. */
    StoredRecord(long seq, String evaluationId, String recordedAt, String actor, String role, String organization,
            String awardId, String source, String submissionSha256, byte[] submissionGz, String rulesetFingerprint,
            String referenceEditions, String evaluationDate, String determination, String findings, String reportHashes,
            String previousHash, String storedContentHash, List<HitRow> hits, List<FindingRow> findingRows) {
        this(seq, evaluationId, recordedAt, actor, role, organization, awardId, source, submissionSha256, submissionGz,
                rulesetFingerprint, referenceEditions, evaluationDate, determination, findings, reportHashes, previousHash,
                storedContentHash, hits, findingRows, null, null, null, null);
    }

    /** A record without an idempotency key or a kept JSON report. */
    StoredRecord(long seq, String evaluationId, String recordedAt, String actor, String role, String organization,
            String awardId, String source, String submissionSha256, byte[] submissionGz, String rulesetFingerprint,
            String referenceEditions, String evaluationDate, String determination, String findings, String reportHashes,
            String previousHash, String storedContentHash, List<HitRow> hits, List<FindingRow> findingRows,
            String supplyChainId, String supplyChainHash) {
        this(seq, evaluationId, recordedAt, actor, role, organization, awardId, source, submissionSha256, submissionGz,
                rulesetFingerprint, referenceEditions, evaluationDate, determination, findings, reportHashes, previousHash,
                storedContentHash, hits, findingRows, supplyChainId, supplyChainHash, null, null);
    }

    static long key(long seq, int number) {
        if (number < 0 || number >= ROWS_PER_RECORD) {
            throw new AuditException("a record cannot hold more than " + (ROWS_PER_RECORD - 1) + " rule hits or findings");
        }
        return seq * ROWS_PER_RECORD + number;
    }

    record HitRow(int hitSeq, String ruleId, String requirementId, String outcome, String matched) {
    }

    record FindingRow(int findingSeq, String ruleId, String requirementId, String severity, String status) {
    }

    /** Everything but seq (its position is proven by the chain, not by the number) and the hashes. */
    String contentHash() {
        Hashing hashing = new Hashing().add("ctip-audit-record-v1").add(evaluationId).add(recordedAt).add(actor).add(role)
                .add(organization).add(awardId).add(source).add(submissionSha256).add(Hashing.sha256(submissionGz))
                .add(rulesetFingerprint).add(referenceEditions).add(evaluationDate).add(determination).add(findings)
                .add(reportHashes).add(hits.size());
        for (HitRow hit : hits) {
            hashing.add(hit.hitSeq()).add(hit.ruleId()).add(hit.requirementId()).add(hit.outcome()).add(hit.matched());
        }
        hashing.add(findingRows.size());
        for (FindingRow row : findingRows) {
            hashing.add(row.findingSeq()).add(row.ruleId()).add(row.requirementId()).add(row.severity()).add(row.status());
        }
        // Records without a screen hash exactly as before the supply chain was recorded (schema version 1).
        if (supplyChainId != null) {
            hashing.add("supply-chain").add(supplyChainId).add(supplyChainHash);
        }
        // Likewise records without a key or a kept report hash as before schema version 5. The kept report's
        // bytes are bound through reportHashes (the verifier checks its SHA-256 against the "json" hash); that
        // one is kept at all is hashed here, so removing it is a modification.
        if (idempotencyKey != null) {
            hashing.add("idempotency-key").add(idempotencyKey);
        }
        if (reportJsonGz != null) {
            hashing.add("issued-json-report");
        }
        return hashing.hex();
    }

    String recordHash() {
        return Hashing.link(previousHash, storedContentHash);
    }

    /**
     * A kept report, gzipped as stored in report_json_gz, at the fastest level: it is compressed while the chain head
     * is held (its stamp is in it), so every concurrent check waits for it. Sample 01's 49 kB JSON report: 80 µs and
     * 9.6 kB against 510 µs and 8.0 kB at the default level (measured, one thread). Its bytes are not hashed (the
     * report's SHA-256 is), so the level changes nothing that verify checks.
     */
    static byte[] gzip(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The kept report's exact bytes; an AuditException when the stored value is not gzip. */
    static byte[] gunzip(byte[] compressed) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new AuditException("a kept report in the audit log is not readable: " + e.getMessage(), e);
        }
    }

    static String reportHashesJson(java.util.Map<String, String> hashes) {
        return AuditJson.write(new TreeMap<>(hashes));
    }
}
