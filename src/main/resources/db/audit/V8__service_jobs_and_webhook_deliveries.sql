-- State of `ctip serve` beside the audit log (not part of the hash chain: these rows change as work goes on).
-- Jobs: large supply-chain evaluations run in the background. A job's row is written when it is queued, when it
-- starts and when it ends, so that a service that restarts reports the jobs it was running as FAILED ("interrupted")
-- instead of forgetting them. Times are ISO-8601 UTC text, as recorded_at in audit_evaluation.
create table service_job (
    job_id varchar(36) primary key,
    submitted_by varchar(200) not null,
    organization varchar(100),
    state varchar(20) not null,
    submitted_at varchar(30) not null,
    started_at varchar(30),
    finished_at varchar(30),
    rows_read bigint not null,
    total_bytes bigint not null,
    evaluation_id varchar(36),
    error_problem varchar
);
create index service_job_state on service_job (state);

-- Webhook deliveries (Standard Webhooks): one row per message and endpoint, with its state, how many attempts were
-- made, the last response code and when the next attempt is due; each attempt in webhook_attempt.
create table webhook_delivery (
    delivery_id varchar(36) primary key,
    message_id varchar(64) not null,
    endpoint_url varchar(2000) not null,
    event_type varchar(100) not null,
    payload varchar not null,
    status varchar(20) not null,
    attempts int not null,
    last_response_code int,
    last_error varchar(2000),
    created_at varchar(30) not null,
    next_attempt_at varchar(30)
);
create index webhook_delivery_status on webhook_delivery (status);
create index webhook_delivery_created_at on webhook_delivery (created_at);

create table webhook_attempt (
    delivery_id varchar(36) not null,
    attempt int not null,
    attempted_at varchar(30) not null,
    response_code int,
    error varchar(2000),
    duration_ms bigint not null,
    primary key (delivery_id, attempt)
);
