-- One information domain per care provider (PDL 4 kap.). A patient's name and protected identity
-- are what that provider's own certificates say, kept per provider: nothing another provider
-- imports can change them. Certificate ids are unique per provider, not across providers.

-- The patient register becomes per care provider. Existing rows are copied to every provider that
-- has the patient (certificates, cases, consents or journal at one of its units); a protection
-- flag is kept wherever it is copied, since we cannot tell which provider set it and an import
-- never lifts protection.
create table provider_patient (
    care_provider_id   text not null references region (id),
    id                 char(12) not null,               -- personnummer or samordningsnummer, 12 digits
    name               text not null,
    protected_identity boolean not null default false,  -- skyddade personuppgifter, as this provider's certificates say
    updated_at         timestamptz not null default now(),
    primary key (care_provider_id, id)
);

insert into provider_patient (care_provider_id, id, name, protected_identity, updated_at)
select distinct k.provider, p.id, p.name, p.protected_identity, p.updated_at
from patient p
join (select care_provider_id as provider, patient_id from certificate
      union select u.region_id, c.patient_id from coordination_case c join care_unit u on u.id = c.unit_id
      union select u.region_id, c.patient_id from consent c join care_unit u on u.id = c.unit_id
      union select u.region_id, j.patient_id from journal_entry j join care_unit u on u.id = j.unit_id) k on k.patient_id = p.id;

alter table certificate drop constraint certificate_patient_id_fkey;
alter table coordination_case drop constraint coordination_case_patient_id_fkey;
alter table consent drop constraint consent_patient_id_fkey;
alter table journal_entry drop constraint journal_entry_patient_id_fkey;
drop table patient;
alter table provider_patient rename to patient;
alter table patient rename constraint provider_patient_pkey to patient_pkey;

-- A certificate names its patient in its provider's register.
alter table certificate add constraint certificate_patient_fkey
    foreign key (care_provider_id, patient_id) references patient (care_provider_id, id);

-- Certificate ids are unique per care provider: another provider's id is another certificate.
alter table certificate_period add column care_provider_id text;
update certificate_period p set care_provider_id = c.care_provider_id from certificate c where c.id = p.certificate_id;
alter table certificate_period alter column care_provider_id set not null;
alter table certificate_period drop constraint certificate_period_certificate_id_fkey;
alter table certificate_period drop constraint certificate_period_pkey;
alter table certificate drop constraint certificate_pkey;
alter table certificate add primary key (care_provider_id, id);
alter table certificate_period add primary key (care_provider_id, certificate_id, ordinal);
alter table certificate_period add constraint certificate_period_certificate_fkey
    foreign key (care_provider_id, certificate_id) references certificate (care_provider_id, id) on delete cascade;

-- The case display name is decided in the coordination feature (one copy of the rule, in Java).
drop function case_display_name(boolean, text, text);
