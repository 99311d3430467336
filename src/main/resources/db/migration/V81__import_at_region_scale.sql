-- The certificate import at region scale (issue 13: 1 000 000 certificates over 250 units at
-- >= 20 000/s). Measured with EXPLAIN ANALYZE on a batch of 10 000 certificates (20 000 periods).

-- 1. The period triggers of V80 found each period's unit by joining the transition table to
-- certificate; the planner chose a hash join over a sequential scan of the whole certificate table
-- (190 ms per batch at 170 000 certificates, growing with the table: seconds at a million). Now each
-- distinct certificate of the statement is looked up by its primary key (a correlated subquery is
-- never turned into a join), so the cost follows the batch, not the table. Same stamps as before:
-- a period whose certificate is gone (deleted with it) finds no unit, and the certificate's own
-- trigger stamps that unit.
create or replace function period_stamp_new() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(
        select distinct (select c.care_unit_id from certificate c
                         where c.care_provider_id = p.care_provider_id and c.id = p.certificate_id)
        from (select distinct care_provider_id, certificate_id from new_rows) p));
    return null;
end $$;
create or replace function period_stamp_old() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(
        select distinct (select c.care_unit_id from certificate c
                         where c.care_provider_id = p.care_provider_id and c.id = p.certificate_id)
        from (select distinct care_provider_id, certificate_id from old_rows) p));
    return null;
end $$;
create or replace function period_stamp_both() returns trigger language plpgsql as $$
begin
    perform advance_data_version('UNIT', array(
        select distinct (select c.care_unit_id from certificate c
                         where c.care_provider_id = p.care_provider_id and c.id = p.certificate_id)
        from (select care_provider_id, certificate_id from new_rows union select care_provider_id, certificate_id from old_rows) p));
    return null;
end $$;

-- 2. A new patient record no longer advances the provider's stamp. It cannot change any unit's list:
-- a list shows patients through certificates, a certificate can only name a patient that exists
-- (certificate_patient_fkey), and the insert of the certificate that first names the new patient
-- advances that unit's stamp in the same transaction. A changed name or protection and a removed
-- record still advance it (patient_version_update, patient_version_delete). Why it matters: every
-- import batch brings new patients, and the provider's stamp row is locked from that upsert until
-- commit, so two imports for different units of one region ran one after the other.
drop trigger patient_version_insert on patient;
drop function patient_stamp_new();

-- 3. certificate.care_provider_id -> region is implied by certificate_patient_fkey (the patient
-- record's provider references region): one foreign-key check per imported row less (~10 µs each).
alter table certificate drop constraint certificate_care_provider_id_fkey;
