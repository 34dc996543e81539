package org.ctipcheck.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.ctipcheck.evaluation.RuleSource;
import tools.jackson.core.type.TypeReference;

/** Read-only queries for auditors: list, show, export, stats and the archived rules of a record. */
public final class AuditQueries {
    private static final String SUMMARY_COLUMNS = "e.seq, e.evaluation_id, e.recorded_at, e.actor, e.actor_role,"
            + " e.organization, e.award_id, e.determination,"
            // the record's findings through their key range (the primary key), as the rule filter finds its hits:
            // evaluation_seq has no index, and PostgreSQL scanned every finding for each line of a page
            + " (select count(*) from audit_finding f where f.finding_key between e.seq * 1048576"
            + " and e.seq * 1048576 + 1048575), e.ruleset_fingerprint,"
            + " e.submission_sha256";
    private final Connection connection;

    AuditQueries(Connection connection) {
        this.connection = connection;
    }

    public List<AuditSummary> list(AuditFilter filter) {
        List<AuditSummary> summaries = new ArrayList<>();
        forEachSeq(filter, SUMMARY_COLUMNS, rows -> {
            try {
                summaries.add(summary(rows));
            } catch (SQLException e) {
                throw failed(e);
            }
        });
        return summaries;
    }

    /** Every matching record in full, in sequence order, one at a time. */
    public void forEach(AuditFilter filter, Consumer<AuditRecord> action) {
        List<Long> seqs = new ArrayList<>();
        forEachSeq(filter, "e.seq", rows -> {
            try {
                seqs.add(rows.getLong(1));
            } catch (SQLException e) {
                throw failed(e);
            }
        });
        for (long seq : seqs) {
            find(Long.toString(seq)).ifPresent(action);
        }
    }

    /**
     * One page of {@link #list}, filtered and paged by the database: records of organization {@code uei} (matched
     * on the indexed UEI of the recorded submission; null for every organization), skipping {@code offset}.
     */
    public List<AuditSummary> page(AuditFilter filter, String uei, long offset, int limit) {
        List<AuditSummary> summaries = new ArrayList<>();
        Where where = where(filter, uei);
        query("select " + SUMMARY_COLUMNS + " from audit_evaluation e" + where.sql + " order by e.seq limit "
                + Math.max(0, limit) + " offset " + Math.max(0, offset), where.parameters, rows -> {
                    try {
                        summaries.add(summary(rows));
                    } catch (SQLException e) {
                        throw failed(e);
                    }
                });
        return summaries;
    }

    /** How many records {@link #page} pages through. */
    public long count(AuditFilter filter, String uei) {
        Where where = where(filter, uei);
        long[] count = new long[1];
        query("select count(*) from audit_evaluation e" + where.sql, where.parameters, rows -> {
            try {
                count[0] = rows.getLong(1);
            } catch (SQLException e) {
                throw failed(e);
            }
        });
        return count[0];
    }

    private static AuditSummary summary(ResultSet rows) throws SQLException {
        return new AuditSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getInt(9),
                rows.getString(10), rows.getString(11));
    }

    /** A where clause and its parameters, in order. */
    private record Where(String sql, List<String> parameters) {
    }

    private static Where where(AuditFilter filter, String uei) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<String> parameters = new ArrayList<>();
        if (uei != null) {
            sql.append(" and e.organization_uei = ?");
            String normalized = OrganizationUei.normalize(uei);
            parameters.add(normalized == null ? "" : normalized);
        }
        if (filter.organization() != null) {
            sql.append(" and lower(e.organization) like ?");
            parameters.add("%" + filter.organization().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.rule() != null) {
            sql.append(" and (exists (select 1 from audit_rule_hit h where h.hit_key between e.seq * 1048576"
                    + " and e.seq * 1048576 + 1048575 and (h.rule_id = ? or h.rule_id like ?))"
                    + " or exists (select 1 from audit_supply_chain_rule r where r.screen_id = e.supply_chain_id"
                    + " and (r.rule_id = ? or r.rule_id like ?)))");
            for (int i = 0; i < 2; i++) {
                parameters.add(filter.rule());
                parameters.add(filter.rule() + ".%");
            }
        }
        if (filter.since() != null) {
            sql.append(" and e.recorded_at >= ?");
            parameters.add(filter.since().toString());
        }
        if (filter.until() != null) {
            sql.append(" and e.recorded_at < ?");
            parameters.add(filter.until().plusDays(1).toString());
        }
        if (filter.determination() != null) {
            sql.append(" and e.determination = ?");
            parameters.add(filter.determination());
        }
        return new Where(sql.toString(), parameters);
    }

    private void forEachSeq(AuditFilter filter, String columns, Consumer<ResultSet> row) {
        Where where = where(filter, null);
        query("select " + columns + " from audit_evaluation e" + where.sql + " order by e.seq", where.parameters, row);
    }

    private void query(String sql, List<String> parameters, Consumer<ResultSet> row) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A record by evaluation id, or by sequence number. */
    public Optional<AuditRecord> find(String idOrSequence) {
        boolean bySeq = idOrSequence.matches("\\d{1,18}");
        return find(bySeq ? "seq = ?" : "evaluation_id = ?", statement -> {
            if (bySeq) {
                statement.setLong(1, Long.parseLong(idOrSequence));
            } else {
                statement.setString(1, idOrSequence);
            }
        });
    }

    /** The record of the check that carried this idempotency key, if one was recorded. */
    public Optional<AuditRecord> findByIdempotencyKey(String idempotencyKey) {
        return find("idempotency_key = ?", statement -> statement.setString(1, idempotencyKey));
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private Optional<AuditRecord> find(String where, Parameters parameters) {
        String sql = "select seq, evaluation_id, recorded_at, actor, actor_role, organization, award_id, source,"
                + " submission_sha256, submission_gz, ruleset_fingerprint, reference_editions, evaluation_date,"
                + " determination, findings, report_hashes, previous_hash, content_hash, supply_chain_id,"
                + " idempotency_key, report_json_gz from audit_evaluation where " + where;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long seq = r.getLong(1);
                return Optional.of(new AuditRecord(seq, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9), AuditJson.gunzip(r.getBytes(10)),
                        r.getString(11), AuditJson.MAPPER.readValue(r.getString(12), new TypeReference<List<String>>() { }),
                        r.getString(13), r.getString(14), AuditJson.read(r.getString(15)), hits(seq),
                        AuditJson.MAPPER.readValue(r.getString(16), new TypeReference<LinkedHashMap<String, String>>() { }),
                        r.getString(17), r.getString(18), supplyChain(r.getString(19)), r.getString(20),
                        r.getBytes(21) == null ? null : StoredRecord.gunzip(r.getBytes(21))));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private List<AuditRecord.Hit> hits(long seq) throws SQLException {
        List<AuditRecord.Hit> hits = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select hit_seq, rule_id, requirement_id, outcome,"
                + " matched from audit_rule_hit where hit_key between ? and ? order by hit_key")) {
            statement.setLong(1, StoredRecord.key(seq, 0));
            statement.setLong(2, StoredRecord.key(seq, (int) StoredRecord.ROWS_PER_RECORD - 1));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(new AuditRecord.Hit(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            AuditJson.MAPPER.readValue(rows.getString(5), new TypeReference<List<String>>() { })));
                }
            }
        }
        return hits;
    }

    private AuditRecord.SupplyChain supplyChain(String screenId) throws SQLException {
        if (screenId == null) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement("select attestation_sha256, source, format,"
                + " reference_lists, rows_read, rows_evaluated, rows_rejected, rules, list_findings, hit_count"
                + " from audit_supply_chain where screen_id = ?");
             PreparedStatement counts = connection.prepareStatement(
                     "select rule_id, hits from audit_supply_chain_rule where screen_id = ?")) {
            statement.setString(1, screenId);
            counts.setString(1, screenId);
            Map<String, Long> hitsByRule = new java.util.TreeMap<>();
            try (ResultSet rows = counts.executeQuery()) {
                while (rows.next()) {
                    hitsByRule.put(rows.getString(1), rows.getLong(2));
                }
            }
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    throw new AuditException("the supply-chain screen " + screenId
                            + " of a record is missing: the log was damaged; run ctip audit verify");
                }
                return new AuditRecord.SupplyChain(screenId, r.getString(1), r.getString(2), r.getString(3),
                        AuditJson.read(r.getString(4)), r.getLong(5), r.getLong(6), r.getLong(7), hitsByRule,
                        AuditJson.MAPPER.readValue(r.getString(8), new TypeReference<List<AuditRecord.SupplyChainRule>>() { }),
                        AuditJson.read(r.getString(9)), r.getLong(10));
            }
        }
    }

    /**
     * The per-row rule hits of a record's supply-chain screen in file order, a stored chunk at a time (memory
     * holds one chunk, however large the screen).
     */
    public void forEachSupplyChainHit(AuditRecord.SupplyChain screen, Consumer<AuditRecord.SupplyChainHit> action) {
        try (PreparedStatement statement = connection.prepareStatement("select first_line, hits from"
                + " audit_supply_chain_chunk where screen_id = ? and chunk_seq = ?")) {
            statement.setString(1, screen.screenId());
            for (int chunk = 1; ; chunk++) {
                statement.setInt(2, chunk);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    SupplyChainLog.decode(row.getBytes(2), screen.rules(), row.getLong(1)).forEach(action);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The archived rule files of a ruleset fingerprint. */
    public Optional<List<RuleSource>> ruleset(String fingerprint) {
        try (PreparedStatement statement = connection.prepareStatement("select archive from audit_ruleset where fingerprint = ?")) {
            statement.setString(1, fingerprint);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(AuditJson.MAPPER.readValue(AuditJson.gunzip(row.getBytes(1)),
                        new TypeReference<List<RuleSource>>() { }));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Findings per organization, period (yyyy-mm) and rule, most frequent first within each group. */
    public List<FindingCount> stats(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select e.organization, substring(e.recorded_at, 1, 7) as period, f.rule_id,"
                + " f.severity, count(*) as n from audit_finding f join audit_evaluation e on e.seq = f.evaluation_seq"
                + " where f.status = 'NOT_MET'");
        List<String> parameters = new ArrayList<>();
        if (filter.organization() != null) {
            sql.append(" and lower(e.organization) like ?");
            parameters.add("%" + filter.organization().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.since() != null) {
            sql.append(" and e.recorded_at >= ?");
            parameters.add(filter.since().toString());
        }
        if (filter.until() != null) {
            sql.append(" and e.recorded_at < ?");
            parameters.add(filter.until().plusDays(1).toString());
        }
        sql.append(" group by e.organization, substring(e.recorded_at, 1, 7), f.rule_id, f.severity"
                + " order by e.organization, period, n desc, f.rule_id");
        List<FindingCount> counts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new FindingCount(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return counts;
    }

    /** Evaluations per determination. */
    public Map<String, Long> determinations(AuditFilter filter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AuditSummary summary : list(filter)) {
            counts.merge(summary.determination(), 1L, Long::sum);
        }
        return counts;
    }

    private static AuditException failed(SQLException e) {
        return new AuditException("cannot read the audit log: " + AuditStore.firstLine(e), e);
    }
}
