-- "Markera som genomgången": each time a user marks a care unit's sick leaves reviewed. Append-only:
-- the latest row per (user, unit) is the last review; "what is new" is what changed after it.
create table unit_review (
    id          bigserial primary key,
    user_hsa_id text not null,
    unit_id     text not null references care_unit (id),
    reviewed_at timestamptz not null default now()
);
create index unit_review_user_unit on unit_review (user_hsa_id, unit_id, reviewed_at desc);
select make_append_only('unit_review');

-- What is new is found from the import and correction times of the unit's certificates.
create index certificate_unit_imported on certificate (care_unit_id, imported_at);
