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
        List<FindingRow> findingRows) {

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
        return hashing.hex();
    }

    String recordHash() {
        return Hashing.link(previousHash, storedContentHash);
    }

    static String reportHashesJson(java.util.Map<String, String> hashes) {
        return AuditJson.write(new TreeMap<>(hashes));
    }
}
