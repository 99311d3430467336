-- PDL log posts for Loggtjänsten (StoreLog v2): every access-log row gets an outbox row in the same
-- transaction, by a statement-level trigger, so no code path can write one without the other.
-- The row carries what the post needs; log_id is the post's stable logId (a resend is recognisable).
-- Sent rows are deleted; posts Loggtjänsten refused (ERROR, VALIDATION_ERROR, ACCESSDENIED) are PARKED.
create table loggtjanst_outbox (
    id               bigserial primary key,
    log_id           uuid not null unique default gen_random_uuid(),
    access_log_id    bigint not null,
    time             timestamptz not null,
    user_hsa_id      text not null,
    user_name        text not null,
    assignment       text not null,
    unit_id          text not null,
    patient_id       char(12) not null,
    function         text not null,
    action           text not null,
    state            text not null default 'PENDING' check (state in ('PENDING', 'PARKED')),
    -- after a refused batch every post is sent on its own, so that only the bad ones are parked
    solo             boolean not null default false,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    parked_at        timestamptz
);
create index loggtjanst_outbox_pending on loggtjanst_outbox (id) where state = 'PENDING';
create index loggtjanst_outbox_parked on loggtjanst_outbox (parked_at) where state = 'PARKED';

create function loggtjanst_outbox_from_access_log() returns trigger language plpgsql as $$
begin
    insert into loggtjanst_outbox (access_log_id, time, user_hsa_id, user_name, assignment, unit_id, patient_id, function, action)
    select n.id, n.time, n.user_hsa_id, n.user_name, n.assignment, n.unit_id, n.patient_id, n.function, n.action from new_rows n;
    return null;
end $$;

create trigger access_log_to_loggtjanst_outbox after insert on access_log
    referencing new table as new_rows for each statement execute function loggtjanst_outbox_from_access_log();
