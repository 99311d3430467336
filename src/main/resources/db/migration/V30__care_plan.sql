-- Care plan with return-to-work plan (R9), per coordination case. Every save is a new version
-- row; versions are never changed or deleted (the database refuses it), so any two can be compared.
create table care_plan_version (
    id                   bigserial primary key,
    case_id              bigint not null references coordination_case (id),
    version              int not null check (version >= 1),
    goals                text not null,
    patient_words        text,
    -- planned sick leave: [{"degree": 100, "from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}], sorted, not overlapping
    steps                jsonb not null default '[]',
    -- [{"text": "...", "actor": "PATIENT|CARE|EMPLOYER|FK|AF|MUNICIPALITY", "due": "YYYY-MM-DD"}]
    activities           jsonb not null default '[]',
    -- actors the patient needs collaboration with (R9, R12): ["EMPLOYER", "FK", ...]
    collaboration_needs  jsonb not null default '[]',
    collaboration_note   text,
    follow_up_dates      jsonb not null default '[]',
    -- R16: the first planned follow-up on or after the day the version was saved
    next_follow_up       date,
    note                 text,
    created_at           timestamptz not null default now(),
    created_by           text not null,
    created_by_name      text not null,
    unique (case_id, version)
);
create index care_plan_version_next on care_plan_version (case_id, version desc);

select make_append_only('care_plan_version');
