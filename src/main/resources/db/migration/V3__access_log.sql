-- PDL access log (patientdatalagen 4 kap. 3 §): who read or changed which patient's data, when, how.
create table access_log (
    id           bigserial primary key,
    time         timestamptz not null default now(),
    user_hsa_id  text not null,
    user_name    text not null,
    assignment   text not null,          -- the purpose the access was made under
    unit_id      text not null,
    patient_id   char(12) not null,
    function     text not null,          -- e.g. 'sjukfallsöversikt', 'patientens sjukfall', 'import'
    action       text not null check (action in ('READ', 'WRITE', 'PRINT', 'EXPORT')),
    -- Listings log each patient once per user, function and session (or day, for session-less API calls).
    dedupe_key   text
);
create index access_log_patient on access_log (patient_id, time);
create unique index access_log_dedupe on access_log (dedupe_key, patient_id, function) where dedupe_key is not null;

select make_append_only('access_log');
