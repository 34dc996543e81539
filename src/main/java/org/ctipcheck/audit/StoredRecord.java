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
        String supplyChainHash) {

    /** Rows of one record are numbered below this; their key is evaluation_seq * ROWS_PER_RECORD + number. */
    static final long ROWS_PER_RECORD = 1L << 20;

    /** A record without a supply-chain screen. */
    StoredRecord(long seq, String evaluationId, String recordedAt, String actor, String role, String organization,
            String awardId, String source, String submissionSha256, byte[] submissionGz, String rulesetFingerprint,
            String referenceEditions, String evaluationDate, String determination, String findings, String reportHashes,
            String previousHash, String storedContentHash, List<HitRow> hits, List<FindingRow> findingRows) {
        this(seq, evaluationId, recordedAt, actor, role, organization, awardId, source, submissionSha256, submissionGz,
                rulesetFingerprint, referenceEditions, evaluationDate, determination, findings, reportHashes, previousHash,
                storedContentHash, hits, findingRows, null, null);
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
        return hashing.hex();
    }

    String recordHash() {
        return Hashing.link(previousHash, storedContentHash);
    }

    static String reportHashesJson(java.util.Map<String, String> hashes) {
        return AuditJson.write(new TreeMap<>(hashes));
    }
}
