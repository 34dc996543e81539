-- The sample host application's own table (org.ctipcheck.samplehost): a determination kept with its contract.
create table contract_review (
    contract_number varchar(64) primary key,
    determination varchar(32) not null,
    evaluation_id varchar(64) not null
);
