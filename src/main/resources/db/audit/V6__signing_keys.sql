-- The public keys that have signed checkpoints, by key id (the first 16 hex digits of a SHA-256 over the key's
-- X.509 encoding, as audit_checkpoint.key_id holds it). Several hosts appending to one store each register the
-- key they sign with, in the transaction of their first checkpoint, so that audit verify can check every
-- checkpoint against the key that signed it. Trusting these rows is trusting the store: an auditor passes the
-- keys they trust with audit verify --public-key.
create table audit_signing_key (
    key_id varchar(64) primary key,
    public_key varchar(1000) not null,
    registered_at varchar(24) not null
);
