create table patient (
    id                 char(12) primary key,            -- personnummer or samordningsnummer, 12 digits
    name               text not null,
    protected_identity boolean not null default false,  -- skyddade personuppgifter
    updated_at         timestamptz not null default now()
);

-- Läkarintyg för sjukpenning (FK 7804). A correction replaces the earlier version of the same id.
create table certificate (
    id                  text primary key,
    patient_id          char(12) not null references patient (id),
    care_provider_id    text not null references region (id),
    care_unit_id        text not null references care_unit (id),
    doctor_id           text not null,
    doctor_name         text,
    signed              date not null,
    diagnosis_code      text not null,
    diagnosis_text      text,
    secondary_diagnoses text[] not null default '{}',
    occupation          text,
    start_date          date not null,
    end_date            date not null,
    content_hash        text not null,
    imported_at         timestamptz not null default now(),
    updated_at          timestamptz
);
create index certificate_unit_patient on certificate (care_unit_id, patient_id);
create index certificate_unit_end on certificate (care_unit_id, end_date);

create table certificate_period (
    certificate_id text not null references certificate (id) on delete cascade,
    ordinal        smallint not null,
    from_date      date not null,
    to_date        date not null,
    degree         smallint not null check (degree in (25, 50, 75, 100)),
    primary key (certificate_id, ordinal),
    check (from_date <= to_date)
);
