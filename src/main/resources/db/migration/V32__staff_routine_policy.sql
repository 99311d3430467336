-- R8, R14: the person responsible for a case, as a history (the latest row is the current one).
create table case_responsible (
    id               bigserial primary key,
    case_id          bigint not null references coordination_case (id),
    responsible_id   text not null,
    responsible_name text not null,
    -- what the guideline says they should have (R14) when they were assigned
    licensed         boolean not null,
    insurance_medicine_training boolean not null,
    assigned_at      timestamptz not null default now(),
    assigned_by      text not null,
    assigned_by_name text not null
);
create index case_responsible_case on case_responsible (case_id, id desc);

-- R19: the unit's documented routine for offering coordination, versioned; approved only by the verksamhetschef.
create table unit_routine (
    id              bigserial primary key,
    unit_id         text not null references care_unit (id),
    version         int not null check (version >= 1),
    text            text not null,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    created_by_name text not null,
    unique (unit_id, version)
);

create table unit_routine_approval (
    routine_id       bigint primary key references unit_routine (id),
    approved_at      timestamptz not null default now(),
    approved_by      text not null,
    approved_by_name text not null
);

-- R4: every change of the region policy, by whom.
create table region_policy_change (
    id                      bigserial primary key,
    region_id               text not null references region (id),
    preventive_coordination boolean not null,
    changed_at              timestamptz not null default now(),
    changed_by              text not null,
    changed_by_name         text not null
);

select make_append_only('case_responsible');
select make_append_only('unit_routine');
select make_append_only('unit_routine_approval');
select make_append_only('region_policy_change');
