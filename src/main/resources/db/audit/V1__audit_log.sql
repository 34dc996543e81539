-- The rule-hit audit log. Portable between H2 and PostgreSQL: varchar without a length is unbounded text in
-- both, bytea is binary in both. Records are only ever inserted; ctip audit verify detects any other change.

-- Archived rule files, content-addressed by the ruleset fingerprint: each ruleset is stored once.
create table audit_ruleset (
    fingerprint varchar(64) primary key,
    file_count int not null,
    archive bytea not null
);

-- One row per evaluation, in chain order (seq). previous_hash is the hash of the record before it
-- (64 zeros for the first), content_hash the SHA-256 of this record's content including its rule hits and
-- findings; the record's own hash is SHA-256(previous_hash || content_hash).
create table audit_evaluation (
    seq bigint primary key,
    evaluation_id varchar(36) not null unique,
    recorded_at varchar(24) not null,
    actor varchar(200) not null,
    actor_role varchar(100) not null,
    organization varchar(1000),
    award_id varchar(1000),
    source varchar(4000),
    submission_sha256 varchar(64) not null,
    submission_gz bytea not null,
    ruleset_fingerprint varchar(64) not null,
    reference_editions varchar not null,
    evaluation_date varchar(10) not null,
    determination varchar(40) not null,
    findings varchar not null,
    report_hashes varchar not null,
    previous_hash varchar(64) not null,
    content_hash varchar(64) not null
);
create index audit_evaluation_organization on audit_evaluation (organization);
create index audit_evaluation_recorded_at on audit_evaluation (recorded_at);

create table audit_rule_hit (
    evaluation_seq bigint not null,
    hit_seq int not null,
    rule_id varchar(300) not null,
    requirement_id varchar(100),
    outcome varchar(100),
    matched varchar not null,
    primary key (evaluation_seq, hit_seq)
);
create index audit_rule_hit_rule on audit_rule_hit (rule_id);

create table audit_finding (
    evaluation_seq bigint not null,
    finding_seq int not null,
    rule_id varchar(300) not null,
    requirement_id varchar(100),
    severity varchar(20) not null,
    status varchar(20) not null,
    primary key (evaluation_seq, finding_seq)
);

-- Signed checkpoints: "the chain had record_count records and this head" signed with Ed25519.
create table audit_checkpoint (
    record_count bigint primary key,
    head_hash varchar(64) not null,
    signed_at varchar(24) not null,
    key_id varchar(64) not null,
    signature varchar(200) not null
);

-- The single row writers lock (select ... for update) so that two writers never interleave in the chain.
create table audit_head (
    id int primary key,
    record_count bigint not null,
    head_hash varchar(64) not null
);
insert into audit_head (id, record_count, head_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
