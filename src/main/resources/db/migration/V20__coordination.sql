-- Coordination cases (koordineringsärenden), consents (R5, R13), the coordination journal (R15)
-- and letters to Försäkringskassan (R7). History is append-only, enforced by the database:
-- case events, consents, consent withdrawals, journal entries and letters cannot be changed.

-- Unit setting: a patient becomes a candidate after this many days of active sick leave.
create table coordination_setting (
    unit_id            text primary key references care_unit (id),
    candidate_min_days int not null default 14 check (candidate_min_days between 1 and 365),
    updated_by         text not null,
    updated_at         timestamptz not null default now()
);

create table coordination_case (
    id         bigserial primary key,
    unit_id    text not null references care_unit (id),
    patient_id char(12) not null references patient (id),
    reason     text not null check (reason in ('SICK_LEAVE', 'PREVENTIVE')),
    state      text not null check (state in ('IDENTIFIED', 'ASSESSED_RELEVANT', 'ASSESSED_NOT_RELEVANT', 'OFFERED',
                                              'ACCEPTED', 'DECLINED', 'ACTIVE', 'CLOSED')),
    outcome    text check (outcome in ('RETURNED_FULL_TIME', 'RETURNED_PART_TIME', 'ENTERED_WORK', 'OTHER_ACTOR_RESPONSIBLE',
                                       'DECLINED_LATER', 'MOVED', 'DECEASED', 'OTHER')),
    -- Optimistic locking: every change bumps it; a command naming an older version is refused (409).
    version    int not null default 0,
    created_at timestamptz not null default now(),
    created_by text not null,
    check ((state = 'CLOSED') = (outcome is not null))
);
-- One open case per patient and unit.
create unique index coordination_case_one_open on coordination_case (unit_id, patient_id) where state <> 'CLOSED';
create index coordination_case_unit_state on coordination_case (unit_id, state);

-- Every state change with who and when.
create table coordination_case_event (
    id               bigserial primary key,
    case_id          bigint not null references coordination_case (id),
    time             timestamptz not null default now(),
    action           text not null,
    from_state       text,
    to_state         text not null,
    relevant         boolean,
    outcome          text,
    note             text,
    actor_id         text not null,
    actor_name       text not null,
    actor_profession text not null,
    actor_is_doctor  boolean not null
);
create index coordination_case_event_case on coordination_case_event (case_id, id);

create table consent (
    id                bigserial primary key,
    unit_id           text not null references care_unit (id),
    patient_id        char(12) not null references patient (id),
    scope             text not null check (scope in ('COORDINATION', 'INFORM_FK', 'CONTACT_EMPLOYER', 'CONTACT_OTHER_ACTORS')),
    form              text not null check (form in ('ORAL', 'WRITTEN')),
    given             date not null,
    note              text,
    recorded_at       timestamptz not null default now(),
    recorded_by       text not null,
    recorded_by_name  text not null
);
create index consent_unit_patient on consent (unit_id, patient_id);

-- A withdrawal is a fact of its own (R13): the consent row stays as it was.
create table consent_withdrawal (
    consent_id        bigint primary key references consent (id),
    withdrawn         date not null,
    note              text,
    recorded_at       timestamptz not null default now(),
    recorded_by       text not null,
    recorded_by_name  text not null
);

create table journal_entry (
    id                bigserial primary key,
    time              timestamptz not null default now(),
    unit_id           text not null references care_unit (id),
    patient_id        char(12) not null references patient (id),
    case_id           bigint references coordination_case (id),
    type              text not null check (type in ('INTERVENTION', 'FK_NOTIFICATION', 'CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'CORRECTION')),
    intervention_type text check (intervention_type in ('PERSONAL_SUPPORT', 'INTERNAL_COORDINATION', 'COLLABORATION')),
    actor             text check (actor in ('EMPLOYER', 'FK', 'AF', 'MUNICIPALITY', 'OTHER_CARE_UNIT')),
    occurred_on       date not null,
    kva               text check (kva = 'GC001'),
    free_of_charge    boolean not null default false,
    text              text not null,
    consent_id        bigint references consent (id),
    corrects_id       bigint references journal_entry (id),
    author_id         text not null,
    author_name       text not null,
    author_profession text not null,
    -- R15: every intervention and FK notification is registered with GC001 and is free of charge (R17).
    check (type not in ('INTERVENTION', 'FK_NOTIFICATION') or (kva = 'GC001' and free_of_charge)),
    check ((type = 'INTERVENTION') = (intervention_type is not null)),
    check ((type = 'CORRECTION') = (corrects_id is not null))
);
create index journal_entry_patient on journal_entry (unit_id, patient_id, id);

create table fk_notification (
    id               bigserial primary key,
    case_id          bigint not null references coordination_case (id),
    journal_entry_id bigint not null references journal_entry (id),
    created_at       timestamptz not null default now(),
    letter           bytea not null
);
create index fk_notification_case on fk_notification (case_id);

select make_append_only('coordination_case_event');
select make_append_only('consent');
select make_append_only('consent_withdrawal');
select make_append_only('journal_entry');
select make_append_only('fk_notification');
-- A case is never deleted: its events and journal refer to it.
create trigger coordination_case_no_delete before delete on coordination_case
    for each row execute function forbid_change();
create trigger coordination_case_no_truncate before truncate on coordination_case
    for each statement execute function forbid_change();
