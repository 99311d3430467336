-- A flag of the candidate worklist dismissed with a reason, for the sick-leave case it was raised for
-- (identified by the case's start): kept with who and when, append-only. A new case raises the flag again.
create table candidate_flag_dismissal (
    id               bigserial primary key,
    unit_id          text not null references care_unit (id),
    patient_id       char(12) not null,
    flag             text not null,
    case_start       date not null,
    reason           text not null check (length(reason) between 1 and 1000),
    dismissed_at     timestamptz not null default now(),
    dismissed_by     text not null,
    dismissed_by_name text not null
);
create index candidate_flag_dismissal_unit_patient on candidate_flag_dismissal (unit_id, patient_id);
select make_append_only('candidate_flag_dismissal');
