-- The patient agreement (R8, Dokumenterad överenskommelse / Patientkontrakt) and reconciliation
-- meetings and other contacts (R12). Agreements and minutes are versioned rows, never changed.

create table patient_agreement (
    id              bigserial primary key,
    case_id         bigint not null references coordination_case (id),
    version         int not null check (version >= 1),
    expectations    text,
    worries         text,
    agreed          text not null,
    -- who does what by when: [{"text": "...", "actor": "PATIENT|CARE|...", "due": "YYYY-MM-DD"}]
    actions         jsonb not null default '[]',
    contact_person  text not null,
    contact_phone   text,
    next_contact    date not null,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    created_by_name text not null,
    unique (case_id, version)
);

create table meeting (
    id               bigserial primary key,
    case_id          bigint not null references coordination_case (id),
    kind             text not null check (kind in ('RECONCILIATION', 'OTHER_CONTACT')),
    starts_at        timestamptz not null,
    duration_minutes int not null check (duration_minutes between 5 and 480),
    location         text,
    video            boolean not null default false,
    video_link       text,
    -- [{"actor": "PATIENT|CARE|EMPLOYER|FK|AF|MUNICIPALITY", "name": "..."}]
    participants     jsonb not null,
    agenda           text not null,
    uid              text not null unique,
    created_at       timestamptz not null default now(),
    created_by       text not null,
    created_by_name  text not null
);
create index meeting_case on meeting (case_id);

create table meeting_minutes (
    id               bigserial primary key,
    meeting_id       bigint not null references meeting (id),
    version          int not null check (version >= 1),
    minutes          text not null,
    agreed_actions   jsonb not null default '[]',
    journal_entry_id bigint references journal_entry (id),
    created_at       timestamptz not null default now(),
    created_by       text not null,
    created_by_name  text not null,
    unique (meeting_id, version)
);

select make_append_only('patient_agreement');
select make_append_only('meeting');
select make_append_only('meeting_minutes');
