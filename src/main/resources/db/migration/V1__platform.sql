-- Regions (care providers, vårdgivare), their care units (vårdenheter), users and HSA assignments.

create table region (
    id                      text primary key,           -- the care provider's HSA-id
    name                    text not null,
    -- R4: whether the region offers preventive coordination to patients not yet sick-listed.
    preventive_coordination boolean not null default false
);

create table care_unit (
    id         text primary key,                        -- HSA-id of the care unit
    region_id  text not null references region (id),
    name       text not null,
    address    text,
    phone      text
);
create index care_unit_region on care_unit (region_id);

create table app_user (
    hsa_id                       text primary key,
    username                     text unique,           -- local accounts (demo mode) only
    password_hash                text,                  -- local accounts (demo mode) only
    name                         text not null,
    profession                   text not null,         -- e.g. LAKARE, SJUKSKOTERSKA, FYSIOTERAPEUT
    licensed                     boolean not null,      -- legitimerad (R14)
    insurance_medicine_training  boolean not null default false,
    roles                        text[] not null default '{}'
);

-- Medarbetaruppdrag: the purpose a user holds for a care unit. Patient data needs VARD_OCH_BEHANDLING (R2).
create table assignment (
    user_hsa_id text not null references app_user (hsa_id),
    unit_id     text not null references care_unit (id),
    purpose     text not null check (purpose in ('VARD_OCH_BEHANDLING', 'ADMINISTRATION', 'STATISTIK')),
    primary key (user_hsa_id, unit_id, purpose)
);

-- Append-only enforcement shared by every table whose history the law wants kept.
create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- Makes a table append-only: rows may be added, never changed, deleted or truncated away.
-- Every history table calls it, so the rule is the same for all of them.
create function make_append_only(t regclass) returns void language plpgsql as $$
begin
    execute format('create trigger %I before update or delete on %s for each row execute function forbid_change()',
        t::text || '_append_only', t);
    execute format('create trigger %I before truncate on %s for each statement execute function forbid_change()',
        t::text || '_no_truncate', t);
end;
$$;
