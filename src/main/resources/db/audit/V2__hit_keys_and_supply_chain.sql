-- Rule hits and findings keyed by one bigint, evaluation_seq * 2^20 + their number within the record. A
-- composite primary key costs a second index beside the table's own key for every row written, and large
-- batches are bound by index maintenance (in H2 above all). evaluation_seq and the number stay as columns;
-- ctip audit verify checks that the key agrees with them.
create table audit_rule_hit_keyed (
    hit_key bigint primary key,
    evaluation_seq bigint not null,
    hit_seq int not null,
    rule_id varchar(300) not null,
    requirement_id varchar(100),
    outcome varchar(100),
    matched varchar not null
);
insert into audit_rule_hit_keyed (hit_key, evaluation_seq, hit_seq, rule_id, requirement_id, outcome, matched)
select evaluation_seq * 1048576 + hit_seq, evaluation_seq, hit_seq, rule_id, requirement_id, outcome, matched
from audit_rule_hit;
drop table audit_rule_hit;
alter table audit_rule_hit_keyed rename to audit_rule_hit;
create index audit_rule_hit_rule on audit_rule_hit (rule_id);

create table audit_finding_keyed (
    finding_key bigint primary key,
    evaluation_seq bigint not null,
    finding_seq int not null,
    rule_id varchar(300) not null,
    requirement_id varchar(100),
    severity varchar(20) not null,
    status varchar(20) not null
);
insert into audit_finding_keyed (finding_key, evaluation_seq, finding_seq, rule_id, requirement_id, severity, status)
select evaluation_seq * 1048576 + finding_seq, evaluation_seq, finding_seq, rule_id, requirement_id, severity, status
from audit_finding;
drop table audit_finding;
alter table audit_finding_keyed rename to audit_finding;

-- A supply-chain screen (ctip check --supply-chain FILE), stored once and referenced by every evaluation record
-- of that check (audit_evaluation.supply_chain_id, which is part of the record's content hash together with
-- the screen's content_hash). The attestation file itself is not stored: its SHA-256 identifies it.
create table audit_supply_chain (
    screen_id varchar(36) primary key,
    attestation_sha256 varchar(64) not null,
    source varchar(4000) not null,
    format varchar(10) not null,
    -- JSON: each reference list's id, name, edition, as-of date, partial flag and entry count
    reference_lists varchar not null,
    rows_read bigint not null,
    rows_evaluated bigint not null,
    rows_rejected bigint not null,
    -- JSON: the rules that fired on rows, in the order the chunks number them: id, requirement, matched columns
    rules varchar not null,
    -- JSON: findings on the reference lists themselves (stale or partial lists)
    list_findings varchar not null,
    hit_count bigint not null,
    chunk_count int not null,
    -- SHA-256 over every column above, every chunk (number, lines, count, SHA-256 of its bytes) and every rule count
    content_hash varchar(64) not null
);

-- The per-row rule hits of a screen, up to 32,768 per row of this table, deflated. Per hit: varint line delta
-- from the previous hit (the first from first_line), varint index into audit_supply_chain.rules, one byte status
-- (org.ctipcheck.findings.Status ordinal), varint (supplier id length + 1, 0 for none) and the UTF-8 supplier id.
create table audit_supply_chain_chunk (
    screen_id varchar(36) not null,
    chunk_seq int not null,
    first_line bigint not null,
    last_line bigint not null,
    hit_count int not null,
    hits bytea not null,
    primary key (screen_id, chunk_seq)
);

-- Hits per rule of a screen, for ctip audit list --rule.
create table audit_supply_chain_rule (
    screen_id varchar(36) not null,
    rule_id varchar(300) not null,
    hits bigint not null,
    primary key (screen_id, rule_id)
);
create index audit_supply_chain_rule_rule on audit_supply_chain_rule (rule_id);

alter table audit_evaluation add column supply_chain_id varchar(36);
