-- Version stamps of what the unit's sick-leave list is computed from (issue 13, "never stale").
-- The application caches a unit's computed cases keyed by these stamps; triggers advance them in
-- the writer's own transaction, so every writer (certificate import API, feed import, corrections,
-- patient register changes, coordination cases, other nodes, manual SQL) invalidates the cache by
-- committing. Two kinds of stamp, because the list's items depend on:
--   UNIT     : the certificates (and their periods) at the unit, the open coordination case state at the unit;
--   PROVIDER : the care provider's patient register (name, protected identity), shared by its units.
-- Statement-level triggers with transition tables: one stamp update per statement and scope, not per row.
create table data_version (
    kind    text   not null check (kind in ('UNIT', 'PROVIDER')),
    id      text   not null,
    version bigint not null,
    primary key (kind, id)
);

-- A global sequence rather than "+1": a stamp never repeats, also after a row was removed by hand.
create sequence data_version_seq;

create function advance_data_version(stamp_kind text, ids text[]) returns void language sql as $$
    insert into data_version (kind, id, version)
    select stamp_kind, i, nextval('data_version_seq') from (select distinct unnest(ids) as i order by 1) s
    where i is not null
    on conflict (kind, id) do update set version = excluded.version;
$$;

-- certificate: the unit of the new and of the old row (a correction may move a certificate).
create function certificate_stamp_new() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select care_unit_id from new_rows));
    return null;
end $$;
create function certificate_stamp_old() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select care_unit_id from old_rows));
    return null;
end $$;
create function certificate_stamp_both() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select care_unit_id from new_rows union select care_unit_id from old_rows));
    return null;
end $$;
create trigger certificate_version_insert after insert on certificate
    referencing new table as new_rows for each statement execute function certificate_stamp_new();
create trigger certificate_version_update after update on certificate
    referencing old table as old_rows new table as new_rows for each statement execute function certificate_stamp_both();
create trigger certificate_version_delete after delete on certificate
    referencing old table as old_rows for each statement execute function certificate_stamp_old();

-- certificate_period: the unit of its certificate (periods can be replaced without touching the
-- certificate row). A period deleted with its certificate finds no certificate; the certificate's own
-- trigger stamps that unit.
create function period_stamp_new() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select c.care_unit_id from new_rows p
        join certificate c on c.care_provider_id = p.care_provider_id and c.id = p.certificate_id));
    return null;
end $$;
create function period_stamp_old() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select c.care_unit_id from old_rows p
        join certificate c on c.care_provider_id = p.care_provider_id and c.id = p.certificate_id));
    return null;
end $$;
create function period_stamp_both() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select c.care_unit_id from
        (select care_provider_id, certificate_id from new_rows union select care_provider_id, certificate_id from old_rows) p
        join certificate c on c.care_provider_id = p.care_provider_id and c.id = p.certificate_id));
    return null;
end $$;
create trigger period_version_insert after insert on certificate_period
    referencing new table as new_rows for each statement execute function period_stamp_new();
create trigger period_version_update after update on certificate_period
    referencing old table as old_rows new table as new_rows for each statement execute function period_stamp_both();
create trigger period_version_delete after delete on certificate_period
    referencing old table as old_rows for each statement execute function period_stamp_old();

-- patient (per care provider): only a change of what a list row shows (name, protected identity)
-- or a new/removed record; an import that rewrites the same name with a new updated_at does not
-- empty every unit's cache of the provider.
create function patient_stamp_new() returns trigger language plpgsql as $$
begin
    perform advance_data_version('PROVIDER', array(select care_provider_id from new_rows));
    return null;
end $$;
create function patient_stamp_old() returns trigger language plpgsql as $$
begin
    perform advance_data_version('PROVIDER', array(select care_provider_id from old_rows));
    return null;
end $$;
create function patient_stamp_changed() returns trigger language plpgsql as $$
begin
    perform advance_data_version('PROVIDER', array(
        select n.care_provider_id from new_rows n
        left join old_rows o on o.care_provider_id = n.care_provider_id and o.id = n.id
        where o.id is null or o.name is distinct from n.name or o.protected_identity is distinct from n.protected_identity
        union
        select o.care_provider_id from old_rows o
        left join new_rows n on n.care_provider_id = o.care_provider_id and n.id = o.id
        where n.id is null));
    return null;
end $$;
create trigger patient_version_insert after insert on patient
    referencing new table as new_rows for each statement execute function patient_stamp_new();
create trigger patient_version_update after update on patient
    referencing old table as old_rows new table as new_rows for each statement execute function patient_stamp_changed();
create trigger patient_version_delete after delete on patient
    referencing old table as old_rows for each statement execute function patient_stamp_old();

-- coordination_case: the list shows the open case's state; only a change of state, unit or
-- patient stamps (a note or an optimistic-lock bump does not change the list).
create function case_stamp_new() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select unit_id from new_rows));
    return null;
end $$;
create function case_stamp_old() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(select unit_id from old_rows));
    return null;
end $$;
create function case_stamp_changed() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(
        select n.unit_id from new_rows n join old_rows o on o.id = n.id
        where o.state is distinct from n.state or o.unit_id is distinct from n.unit_id or o.patient_id is distinct from n.patient_id
        union
        select o.unit_id from new_rows n join old_rows o on o.id = n.id
        where o.unit_id is distinct from n.unit_id or o.patient_id is distinct from n.patient_id));
    return null;
end $$;
create trigger case_version_insert after insert on coordination_case
    referencing new table as new_rows for each statement execute function case_stamp_new();
create trigger case_version_update after update on coordination_case
    referencing old table as old_rows new table as new_rows for each statement execute function case_stamp_changed();
create trigger case_version_delete after delete on coordination_case
    referencing old table as old_rows for each statement execute function case_stamp_old();

-- A TRUNCATE names no rows: it advances every stamp (tests and maintenance only; the application never truncates these).
create function stamp_all() returns trigger language plpgsql as $$
begin
    update data_version set version = nextval('data_version_seq');
    return null;
end $$;
create trigger certificate_version_truncate after truncate on certificate for each statement execute function stamp_all();
create trigger period_version_truncate after truncate on certificate_period for each statement execute function stamp_all();
create trigger patient_version_truncate after truncate on patient for each statement execute function stamp_all();
create trigger case_version_truncate after truncate on coordination_case for each statement execute function stamp_all();
